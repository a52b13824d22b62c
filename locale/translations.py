"""The interface's translations, kept in one table: `python locale/translations.py` writes the .po files.

Each row: English message, then French, Spanish, Russian, Chinese (simplified), Arabic.
Plural messages: the English (singular, plural) pair, then for each language the list of forms in
the order of its Plural-Forms header.
"""

# ruff: noqa: E501, RUF001
LANGS = ["fr", "es", "ru", "zh_Hans", "ar"]

ROWS = [
    ("treaty", "traité", "tratado", "договор", "条约", "معاهدة"),
    ("convention", "convention", "convenio", "конвенция", "公约", "اتفاقية"),
    (
        "accords / principles",
        "accords / principes",
        "acuerdos / principios",
        "соглашения / принципы",
        "协定 / 原则",
        "اتفاقات / مبادئ",
    ),
    (
        "intergovernmental agreement",
        "accord intergouvernemental",
        "acuerdo intergubernamental",
        "межправительственное соглашение",
        "政府间协定",
        "اتفاق حكومي دولي",
    ),
    (
        "memorandum of understanding",
        "protocole d'accord",
        "memorando de entendimiento",
        "меморандум о взаимопонимании",
        "谅解备忘录",
        "مذكرة تفاهم",
    ),
    ("charter", "charte", "carta", "хартия", "宪章", "ميثاق"),
    ("signed", "signé", "firmado", "подписано", "已签署", "موقَّع"),
    ("ratified", "ratifié", "ratificado", "ратифицировано", "已批准", "مصدَّق"),
    ("acceded", "adhésion", "adhesión", "присоединение", "已加入", "انضمام"),
    ("withdrawn", "retiré", "retirado", "выход", "已退出", "منسحب"),
    ("Africa", "Afrique", "África", "Африка", "非洲", "أفريقيا"),
    ("Americas", "Amériques", "Américas", "Америка", "美洲", "الأمريكتان"),
    ("Asia", "Asie", "Asia", "Азия", "亚洲", "آسيا"),
    ("Europe", "Europe", "Europa", "Европа", "欧洲", "أوروبا"),
    ("Oceania", "Océanie", "Oceanía", "Океания", "大洋洲", "أوقيانوسيا"),
    ("space station", "station spatiale", "estación espacial", "космическая станция", "空间站", "محطة فضائية"),
    (
        "observatory / telescope",
        "observatoire / télescope",
        "observatorio / telescopio",
        "обсерватория / телескоп",
        "天文台 / 望远镜",
        "مرصد / تلسكوب",
    ),
    (
        "planetary / lunar",
        "planétaire / lunaire",
        "planetaria / lunar",
        "планетная / лунная",
        "行星 / 月球",
        "كوكبية / قمرية",
    ),
    (
        "Earth observation",
        "observation de la Terre",
        "observación de la Tierra",
        "наблюдение Земли",
        "对地观测",
        "رصد الأرض",
    ),
    (
        "crew / cargo transport",
        "transport d'équipage / de fret",
        "transporte de tripulación / carga",
        "доставка экипажа / грузов",
        "载人 / 货运运输",
        "نقل الطواقم / البضائع",
    ),
    ("launch", "lancement", "lanzamiento", "запуск", "发射", "إطلاق"),
    (
        "ground infrastructure",
        "infrastructure au sol",
        "infraestructura terrestre",
        "наземная инфраструктура",
        "地面基础设施",
        "بنية تحتية أرضية",
    ),
    (
        "data sharing / consortium",
        "partage de données / consortium",
        "intercambio de datos / consorcio",
        "обмен данными / консорциум",
        "数据共享 / 联盟",
        "تبادل البيانات / اتحاد",
    ),
    ("programme", "programme", "programa", "программа", "计划", "برنامج"),
    ("planned", "prévu", "previsto", "запланировано", "计划中", "مخطَّط"),
    ("active", "en cours", "activo", "действует", "进行中", "نشط"),
    ("completed", "terminé", "completado", "завершено", "已完成", "مكتمل"),
    ("cancelled", "annulé", "cancelado", "отменено", "已取消", "ملغى"),
    ("lead", "chef de file", "líder", "ведущий участник", "牵头方", "الجهة الرائدة"),
    ("partner", "partenaire", "socio", "партнёр", "合作方", "شريك"),
    ("contributor", "contributeur", "colaborador", "участник", "贡献方", "مساهم"),
    ("contractor", "maître d'œuvre", "contratista", "подрядчик", "承包商", "متعاقد"),
    ("operator", "opérateur", "operador", "оператор", "运营方", "مشغِّل"),
    (
        "national space agency",
        "agence spatiale nationale",
        "agencia espacial nacional",
        "национальное космическое агентство",
        "国家航天机构",
        "وكالة فضاء وطنية",
    ),
    (
        "intergovernmental organization",
        "organisation intergouvernementale",
        "organización intergubernamental",
        "межправительственная организация",
        "政府间组织",
        "منظمة حكومية دولية",
    ),
    ("UN body", "organe de l'ONU", "órgano de la ONU", "орган ООН", "联合国机构", "هيئة تابعة للأمم المتحدة"),
    (
        "international federation / NGO",
        "fédération internationale / ONG",
        "federación internacional / ONG",
        "международная федерация / НПО",
        "国际联合会 / 非政府组织",
        "اتحاد دولي / منظمة غير حكومية",
    ),
    ("company", "entreprise", "empresa", "компания", "公司", "شركة"),
    (
        "research institution",
        "institut de recherche",
        "institución de investigación",
        "научное учреждение",
        "研究机构",
        "مؤسسة بحثية",
    ),
    (
        "government / ministry",
        "gouvernement / ministère",
        "gobierno / ministerio",
        "правительство / министерство",
        "政府 / 部委",
        "حكومة / وزارة",
    ),
    ("Guides", "Guides", "Guías", "Обзоры", "指南", "أدلة"),
    (
        "Explainers written from the Atlas's records and their sources.",
        "Des synthèses rédigées à partir des fiches de l'Atlas et de leurs sources.",
        "Textos explicativos escritos a partir de los registros del Atlas y sus fuentes.",
        "Пояснительные обзоры, написанные по записям Атласа и их источникам.",
        "根据本图集的记录及其来源撰写的解读文章。",
        "شروح مكتوبة استنادًا إلى سجلات الأطلس ومصادرها.",
    ),
    (
        "Questions and answers",
        "Questions et réponses",
        "Preguntas y respuestas",
        "Вопросы и ответы",
        "问与答",
        "أسئلة وأجوبة",
    ),
    (
        "Short answers about international space cooperation, each linking the records it relies on.",
        "De courtes réponses sur la coopération spatiale internationale, chacune renvoyant aux fiches sur lesquelles elle s'appuie.",
        "Respuestas breves sobre la cooperación espacial internacional, cada una enlazada con los registros en que se basa.",
        "Краткие ответы о международном сотрудничестве в космосе, каждый со ссылками на записи, на которых он основан.",
        "关于国际空间合作的简短解答，每条都链接其所依据的记录。",
        "أجوبة قصيرة عن التعاون الدولي في الفضاء، يربط كلٌّ منها بالسجلات التي يستند إليها.",
    ),
    ("About the Atlas", "À propos de l'Atlas", "Acerca del Atlas", "Об Атласе", "关于本图集", "عن الأطلس"),
    (
        "Download the whole Atlas",
        "Télécharger tout l'Atlas",
        "Descargar todo el Atlas",
        "Скачать весь Атлас",
        "下载整个图集",
        "تنزيل الأطلس كاملاً",
    ),
    (
        "What the Space Cooperation Atlas is, where its data comes from and how its counts are derived.",
        "Ce qu'est l'Atlas de la coopération spatiale, d'où viennent ses données et comment ses décomptes sont établis.",
        "Qué es el Atlas de la Cooperación Espacial, de dónde proceden sus datos y cómo se obtienen sus recuentos.",
        "Что такое Атлас космического сотрудничества, откуда берутся его данные и как рассчитываются его показатели.",
        "什么是空间合作图集、其数据从何而来以及其统计数字如何得出。",
        "ما أطلس التعاون الفضائي، ومن أين تأتي بياناته، وكيف تُستخرج أعداده.",
    ),
    ("year", "année", "año", "год", "年", "سنة"),
    ("month", "mois", "mes", "месяц", "月", "شهر"),
    ("day", "jour", "día", "день", "日", "يوم"),
    ("draft", "brouillon", "borrador", "черновик", "草稿", "مسودة"),
    ("published", "publié", "publicado", "опубликовано", "已发布", "منشور"),
    (
        "The Space Cooperation Atlas is a reference catalog and timeline of international cooperation in space: the organizations, countries, missions and agreements involved, and the dated events that link them.",
        "L'Atlas de la coopération spatiale est un catalogue de référence et une chronologie de la coopération internationale dans l'espace : les organisations, pays, missions et accords concernés, et les événements datés qui les relient.",
        "El Atlas de la Cooperación Espacial es un catálogo de referencia y una cronología de la cooperación internacional en el espacio: las organizaciones, países, misiones y acuerdos implicados, y los acontecimientos fechados que los vinculan.",
        "Атлас космического сотрудничества — это справочный каталог и хронология международного сотрудничества в космосе: организации, страны, миссии и соглашения, а также датированные события, которые их связывают.",
        "空间合作图集是国际空间合作的参考目录和时间线：涵盖相关的组织、国家、任务和协定，以及将它们联系起来的有日期的事件。",
        "أطلس التعاون الفضائي فهرس مرجعي وخط زمني للتعاون الدولي في الفضاء: المنظمات والدول والبعثات والاتفاقات المعنية، والأحداث المؤرخة التي تربط بينها.",
    ),
    (
        "Where the data comes from",
        "D'où viennent les données",
        "De dónde proceden los datos",
        "Откуда берутся данные",
        "数据来源",
        "مصدر البيانات",
    ),
    (
        "Curators enter every record from published sources: agency and United Nations pages, news reports and encyclopedia articles. Each page lists the sources it rests on, so a fact can be checked before it is cited. Where a source gives no date, the Atlas leaves the date empty rather than guess. Records are drafts until a curator publishes them; only published records reach this site, its search, feeds and API.",
        "Les documentalistes saisissent chaque fiche à partir de sources publiées : pages d'agences et des Nations unies, articles de presse et d'encyclopédie. Chaque page indique les sources sur lesquelles elle repose, pour qu'un fait puisse être vérifié avant d'être cité. Lorsqu'une source ne donne pas de date, l'Atlas laisse la date vide plutôt que de la deviner. Les fiches restent des brouillons jusqu'à leur publication ; seules les fiches publiées apparaissent sur ce site, dans sa recherche, ses flux et son API.",
        "Los documentalistas introducen cada registro a partir de fuentes publicadas: páginas de agencias y de las Naciones Unidas, noticias y artículos de enciclopedia. Cada página enumera las fuentes en que se basa, para que un dato pueda comprobarse antes de citarlo. Cuando una fuente no da fecha, el Atlas deja la fecha vacía en lugar de suponerla. Los registros son borradores hasta que se publican; solo los registros publicados llegan a este sitio, a su búsqueda, a sus canales y a su API.",
        "Кураторы вносят каждую запись по опубликованным источникам: страницам агентств и ООН, новостным сообщениям и энциклопедическим статьям. На каждой странице перечислены её источники, чтобы факт можно было проверить, прежде чем цитировать. Если источник не указывает дату, Атлас оставляет её пустой, а не угадывает. Записи остаются черновиками, пока куратор их не опубликует; на сайт, в поиск, ленты и API попадают только опубликованные записи.",
        "每条记录均由编辑依据已发表的来源录入：航天机构和联合国的网页、新闻报道和百科文章。每个页面都列出其依据的来源，以便在引用前核实事实。来源未给出日期时，本图集宁可留空也不作猜测。记录在编辑发布之前均为草稿；只有已发布的记录才会出现在本网站、其搜索、订阅源和 API 中。",
        "يُدخل المحررون كل سجل استنادًا إلى مصادر منشورة: صفحات الوكالات والأمم المتحدة، والتقارير الإخبارية، ومقالات الموسوعات. وتسرد كل صفحة المصادر التي تستند إليها، كي يمكن التحقق من المعلومة قبل الاستشهاد بها. وحين لا يذكر المصدر تاريخًا، يترك الأطلس التاريخ فارغًا بدل التخمين. وتبقى السجلات مسودات إلى أن ينشرها محرر؛ ولا تصل إلى هذا الموقع وبحثه وخلاصاته وواجهته البرمجية إلا السجلات المنشورة.",
    ),
    (
        "How counts are derived",
        "Comment les décomptes sont établis",
        "Cómo se obtienen los recuentos",
        "Как рассчитываются показатели",
        "统计数字如何得出",
        "كيف تُستخرج الأعداد",
    ),
    (
        "Counts are computed from the listed rows, never typed in. On a given day, a country or organization counts as a signatory of an agreement if it had signed it by then (or, with no signing date, ratified or acceded to it), and as a party only once it had ratified or acceded; a withdrawal removes it from both. Where a list of signatories is known to be incomplete, the page says so and quotes the total its source reports, with that source and date.",
        "Les décomptes sont calculés à partir des lignes listées, jamais saisis à la main. À une date donnée, un pays ou une organisation compte comme signataire d'un accord s'il l'avait signé à cette date (ou, sans date de signature, ratifié ou y avait adhéré), et comme partie seulement après ratification ou adhésion ; un retrait l'exclut des deux. Lorsqu'une liste de signataires est connue pour être incomplète, la page le signale et cite le total indiqué par sa source, avec cette source et sa date.",
        "Los recuentos se calculan a partir de las filas enumeradas, nunca se escriben a mano. En una fecha dada, un país u organización cuenta como signatario de un acuerdo si lo había firmado para entonces (o, sin fecha de firma, lo había ratificado o se había adherido), y como parte solo una vez que lo había ratificado o se había adherido; una retirada lo excluye de ambos. Cuando se sabe que una lista de signatarios está incompleta, la página lo indica y cita el total que da su fuente, con esa fuente y su fecha.",
        "Показатели вычисляются по перечисленным строкам и никогда не вводятся вручную. На заданную дату страна или организация считается подписавшей соглашение, если к этому дню подписала его (или, при отсутствии даты подписания, ратифицировала его или присоединилась к нему), и участником — только после ратификации или присоединения; выход исключает её из обоих подсчётов. Если известно, что список подписантов неполон, страница сообщает об этом и приводит общее число по данным источника, с указанием источника и даты.",
        "统计数字均根据所列条目计算，从不手工填写。在某一日期，一个国家或组织如在该日前已签署某协定（或在无签署日期时已批准或加入），即计为签署方；只有在批准或加入之后才计为缔约方；退出则将其从两者中除去。如已知签署方名单不完整，页面会予以说明，并引用其来源报告的总数及该来源和日期。",
        "تُحسب الأعداد من الصفوف المدرجة ولا تُكتب يدويًا أبدًا. في يوم معين، تُعدّ الدولة أو المنظمة موقِّعة على اتفاق إذا كانت قد وقّعته بحلول ذلك اليوم (أو، في غياب تاريخ التوقيع، صدّقت عليه أو انضمت إليه)، ولا تُعدّ طرفًا إلا بعد التصديق أو الانضمام؛ ويُخرجها الانسحاب من الاثنين. وحين يُعرف أن قائمة الموقِّعين غير مكتملة، تذكر الصفحة ذلك وتورد العدد الإجمالي الذي يذكره مصدرها، مع ذلك المصدر وتاريخه.",
    ),
    ("Reuse", "Réutilisation", "Reutilización", "Повторное использование", "再利用", "إعادة الاستخدام"),
    (
        'Every published record is available as JSON and CSV through the <a href="%(api)s">API</a>. The guides and the questions and answers explain the records in context.',
        'Chaque fiche publiée est disponible en JSON et en CSV via l\'<a href="%(api)s">API</a>. Les guides et les questions-réponses expliquent les fiches dans leur contexte.',
        'Cada registro publicado está disponible en JSON y CSV a través de la <a href="%(api)s">API</a>. Las guías y las preguntas y respuestas explican los registros en su contexto.',
        'Каждая опубликованная запись доступна в форматах JSON и CSV через <a href="%(api)s">API</a>. Обзоры и раздел вопросов и ответов объясняют записи в контексте.',
        '每条已发布的记录都可通过 <a href="%(api)s">API</a> 以 JSON 和 CSV 格式获取。指南和问与答结合背景解读这些记录。',
        'كل سجل منشور متاح بصيغتي JSON وCSV عبر <a href="%(api)s">الواجهة البرمجية</a>. وتشرح الأدلة والأسئلة والأجوبة السجلات في سياقها.',
    ),
    (
        "Recent changes",
        "Modifications récentes",
        "Cambios recientes",
        "Последние изменения",
        "最近更改",
        "التغييرات الأخيرة",
    ),
    (
        "Skip to content",
        "Aller au contenu",
        "Saltar al contenido",
        "Перейти к содержанию",
        "跳到正文",
        "الانتقال إلى المحتوى",
    ),
    (
        "Short answers, each linking the records it relies on. Counts are computed from the records when the page is shown.",
        "De courtes réponses, chacune renvoyant aux fiches sur lesquelles elle s'appuie. Les décomptes sont calculés à partir des fiches à l'affichage de la page.",
        "Respuestas breves, cada una enlazada con los registros en que se basa. Los recuentos se calculan a partir de los registros al mostrar la página.",
        "Краткие ответы, каждый со ссылками на записи, на которых он основан. Показатели вычисляются по записям при открытии страницы.",
        "简短解答，每条都链接其所依据的记录。统计数字在显示页面时根据记录计算。",
        "أجوبة قصيرة، يربط كلٌّ منها بالسجلات التي يستند إليها. وتُحسب الأعداد من السجلات عند عرض الصفحة.",
    ),
    (
        "No question has been published yet.",
        "Aucune question n'a encore été publiée.",
        "Todavía no se ha publicado ninguna pregunta.",
        "Вопросы ещё не опубликованы.",
        "尚未发布任何问题。",
        "لم يُنشر أي سؤال بعد.",
    ),
    (
        "Records in this text",
        "Fiches citées dans ce texte",
        "Registros de este texto",
        "Записи в этом тексте",
        "本文涉及的记录",
        "السجلات الواردة في هذا النص",
    ),
    ("Organizations", "Organisations", "Organizaciones", "Организации", "机构", "المنظمات"),
    ("Countries", "Pays", "Países", "Страны", "国家", "البلدان"),
    ("Missions", "Missions", "Misiones", "Миссии", "任务", "البعثات"),
    ("Agreements", "Accords", "Acuerdos", "Соглашения", "协定", "الاتفاقات"),
    ("Topics", "Thèmes", "Temas", "Темы", "主题", "المواضيع"),
    ("Events", "Événements", "Acontecimientos", "События", "事件", "الأحداث"),
    ("led by", "sous la direction de", "dirigida por", "под руководством", "牵头方：", "بقيادة"),
    ("Guide", "Guide", "Guía", "Обзор", "指南", "دليل"),
    (
        "Explainers written from the Atlas's records and their sources: each links the records it rests on.",
        "Des synthèses rédigées à partir des fiches de l'Atlas et de leurs sources : chacune renvoie aux fiches sur lesquelles elle repose.",
        "Textos explicativos escritos a partir de los registros del Atlas y sus fuentes: cada uno enlaza los registros en que se basa.",
        "Пояснительные обзоры, написанные по записям Атласа и их источникам: каждый ссылается на записи, на которых он основан.",
        "根据本图集的记录及其来源撰写的解读文章，每篇都链接其所依据的记录。",
        "شروح مكتوبة استنادًا إلى سجلات الأطلس ومصادرها: يربط كلٌّ منها بالسجلات التي يستند إليها.",
    ),
    (
        "No guide has been published yet.",
        "Aucun guide n'a encore été publié.",
        "Todavía no se ha publicado ninguna guía.",
        "Обзоры ещё не опубликованы.",
        "尚未发布任何指南。",
        "لم يُنشر أي دليل بعد.",
    ),
    ("Question", "Question", "Pregunta", "Вопрос", "问题", "سؤال"),
    (
        "All questions and answers",
        "Toutes les questions et réponses",
        "Todas las preguntas y respuestas",
        "Все вопросы и ответы",
        "全部问与答",
        "جميع الأسئلة والأجوبة",
    ),
    ("Explained in", "Expliqué dans", "Explicado en", "Объясняется в", "相关解读", "مشروح في"),
    ("Reuse it", "Réutilisez-le", "Reutilícelo", "Используйте данные", "再利用", "أعد استخدامه"),
    (
        "JSON and CSV API",
        "API JSON et CSV",
        "API JSON y CSV",
        "API в форматах JSON и CSV",
        "JSON 和 CSV API",
        "واجهة برمجية بصيغتي JSON وCSV",
    ),
    ("Sitemap", "Plan du site", "Mapa del sitio", "Карта сайта", "网站地图", "خريطة الموقع"),
    ("Search", "Rechercher", "Buscar", "Поиск", "搜索", "بحث"),
    ("Timeline", "Chronologie", "Cronología", "Хронология", "时间线", "الخط الزمني"),
    ("Network", "Réseau", "Red", "Сеть", "网络", "الشبكة"),
    ("Map", "Carte", "Mapa", "Карта", "地图", "الخريطة"),
    (
        "Search the Atlas",
        "Rechercher dans l'Atlas",
        "Buscar en el Atlas",
        "Поиск по Атласу",
        "搜索图集",
        "البحث في الأطلس",
    ),
    (
        "Search the Atlas…",
        "Rechercher dans l'Atlas…",
        "Buscar en el Atlas…",
        "Поиск по Атласу…",
        "搜索图集…",
        "البحث في الأطلس…",
    ),
    ("Language", "Langue", "Idioma", "Язык", "语言", "اللغة"),
    (
        "docking / crew",
        "amarrage / équipage",
        "acoplamiento / tripulación",
        "стыковка / экипаж",
        "对接 / 乘组",
        "الالتحام / الطاقم",
    ),
    ("signature", "signature", "firma", "подписание", "签署", "توقيع"),
    ("entry into force", "entrée en vigueur", "entrada en vigor", "вступление в силу", "生效", "دخول حيز النفاذ"),
    ("milestone", "étape", "hito", "веха", "里程碑", "محطة بارزة"),
    ("conference", "conférence", "conferencia", "конференция", "会议", "مؤتمر"),
    (
        "funding / policy",
        "financement / politique",
        "financiación / política",
        "финансирование / политика",
        "资金 / 政策",
        "التمويل / السياسات",
    ),
]

PLURALS = [
    (
        ("%(counter)s signatory listed", "%(counter)s signatories listed"),
        {
            "fr": ["%(counter)s signataire listé", "%(counter)s signataires listés"],
            "es": ["%(counter)s signatario listado", "%(counter)s signatarios listados"],
            "ru": [
                "%(counter)s подписант в списке",
                "%(counter)s подписанта в списке",
                "%(counter)s подписантов в списке",
            ],
            "zh_Hans": ["列出 %(counter)s 个签署方"],
            "ar": [
                "لا موقّعين مدرجين (%(counter)s)",
                "موقّع واحد مدرج (%(counter)s)",
                "موقّعان مدرجان (%(counter)s)",
                "%(counter)s موقّعين مدرجين",
                "%(counter)s موقّعًا مدرجًا",
                "%(counter)s موقّع مدرج",
            ],
        },
    ),
    (
        ("%(counter)s party reported", "%(counter)s parties reported"),
        {
            "fr": ["%(counter)s partie déclarée", "%(counter)s parties déclarées"],
            "es": ["%(counter)s parte declarada", "%(counter)s partes declaradas"],
            "ru": [
                "%(counter)s участник по данным источника",
                "%(counter)s участника по данным источника",
                "%(counter)s участников по данным источника",
            ],
            "zh_Hans": ["据报道有 %(counter)s 个缔约方"],
            "ar": [
                "لا أطراف مُبلَّغ عنها (%(counter)s)",
                "طرف واحد مُبلَّغ عنه (%(counter)s)",
                "طرفان مُبلَّغ عنهما (%(counter)s)",
                "%(counter)s أطراف مُبلَّغ عنها",
                "%(counter)s طرفًا مُبلَّغًا عنه",
                "%(counter)s طرف مُبلَّغ عنه",
            ],
        },
    ),
]

PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);",
    "zh_Hans": "nplurals=1; plural=0;",
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;",
}


def fill(base) -> list[str]:
    """Fill the catalogues `makemessages` wrote under `base` from the tables; returns the messages
    that have no translation here (they stay untranslated, and the i18n test fails on them)."""
    import sys
    from pathlib import Path

    import polib

    sys.path.insert(0, str(Path(__file__).parent))
    import translations_pages

    missing = []
    singular = {row[0]: row[1:] for row in [*ROWS, *translations_pages.rows()]}
    plural = {one: forms for (one, _many), forms in [*PLURALS, *translations_pages.PLURALS]}
    for index, lang in enumerate(LANGS):
        path = Path(base) / lang / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(path))
        catalogue.metadata["Plural-Forms"] = PLURAL_FORMS[lang]
        catalogue.metadata["Language"] = lang
        catalogue.metadata_is_fuzzy = False
        catalogue.metadata["Last-Translator"] = "Space Cooperation Atlas"
        catalogue.metadata["Language-Team"] = "Space Cooperation Atlas"
        catalogue.metadata["PO-Revision-Date"] = catalogue.metadata.get("POT-Creation-Date", "")
        for entry in catalogue:
            entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
            entry.previous_msgid = entry.previous_msgid_plural = None
            if entry.msgid_plural and entry.msgid in plural:
                entry.msgstr_plural = dict(enumerate(plural[entry.msgid][lang]))
            elif entry.msgid in singular:
                entry.msgstr = singular[entry.msgid][index]
            else:
                # msgmerge's guess from a similar message is not a translation: leave it empty.
                entry.msgstr = ""
                entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "") if entry.msgid_plural else {}
                missing.append(f"{lang}: {entry.msgid}")
        catalogue.save(str(path))
    return missing


if __name__ == "__main__":
    from pathlib import Path

    for message in fill(Path(__file__).parent):
        print("untranslated:", message)

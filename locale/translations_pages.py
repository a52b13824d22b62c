"""The pages' interface messages in the five languages, read by translations.py.

Each block: the English message, then French, Spanish, Russian, Chinese (simplified), Arabic, one a
line; blocks are separated by a line holding only "--". Placeholders (%(name)s) and HTML stay as they are.
"""

# ruff: noqa: E501, RUF001

BLOCKS = r"""
Country (ISO code)
Pays (code ISO)
País (código ISO)
Страна (код ISO)
国家（ISO 代码）
البلد (رمز ISO)
--
Member country (ISO code)
Pays membre (code ISO)
País miembro (código ISO)
Государство-член (код ISO)
成员国（ISO 代码）
البلد العضو (رمز ISO)
--
Sort by
Trier par
Ordenar por
Сортировать по
排序方式
الترتيب حسب
--
Country (ISO code) of a participating organization
Pays (code ISO) d'une organisation participante
País (código ISO) de una organización participante
Страна (код ISO) организации-участника
参与机构所属国家（ISO 代码）
بلد (رمز ISO) إحدى المنظمات المشاركة
--
Started on or after (YYYY[-MM[-DD]])
Commencée le ou après (AAAA[-MM[-JJ]])
Iniciada en o después de (AAAA[-MM[-DD]])
Начата не ранее (ГГГГ[-ММ[-ДД]])
开始日期不早于（YYYY[-MM[-DD]]）
بدأت في أو بعد (YYYY[-MM[-DD]])
--
Started on or before (YYYY[-MM[-DD]])
Commencée le ou avant (AAAA[-MM[-JJ]])
Iniciada en o antes de (AAAA[-MM[-DD]])
Начата не позднее (ГГГГ[-ММ[-ДД]])
开始日期不晚于（YYYY[-MM[-DD]]）
بدأت في أو قبل (YYYY[-MM[-DD]])
--
Signatory country (ISO code)
Pays signataire (code ISO)
País signatario (código ISO)
Страна-участница (код ISO)
签署国（ISO 代码）
البلد الموقِّع (رمز ISO)
--
Counts as of (YYYY-MM-DD)
Décomptes au (AAAA-MM-JJ)
Recuentos a fecha de (AAAA-MM-DD)
Подсчёт на дату (ГГГГ-ММ-ДД)
统计截至（YYYY-MM-DD）
الأعداد حتى تاريخ (YYYY-MM-DD)
--
Signed on or after
Signé le ou après
Firmado en o después de
Подписано не ранее
签署日期不早于
موقَّع في أو بعد
--
Signed on or before
Signé le ou avant
Firmado en o antes de
Подписано не позднее
签署日期不晚于
موقَّع في أو قبل
--
member
membre
miembro
член
成员
عضو
--
associate member
membre associé
miembro asociado
ассоциированный член
准成员
عضو منتسب
--
cooperating state
État coopérant
Estado cooperante
сотрудничающее государство
合作国
دولة متعاونة
--
Ratified / acceded
Ratifié / adhésion
Ratificado / adhesión
Ратифицировано / присоединение
已批准 / 已加入
صدَّق / انضم
--
Status
Statut
Estado
Статус
状态
الحالة
--
Treaties, accords, charters and agreements on space, with their signatories and dates.
Traités, accords, chartes et conventions sur l'espace, avec leurs signataires et leurs dates.
Tratados, acuerdos, cartas y convenios sobre el espacio, con sus signatarios y fechas.
Договоры, соглашения, хартии и конвенции о космосе, с их участниками и датами.
有关太空的条约、协定、宪章和协议，及其签署方和日期。
المعاهدات والاتفاقات والمواثيق المتعلقة بالفضاء، مع الموقِّعين عليها وتواريخها.
--
“%(value)s” is not a date; use YYYY-MM-DD, e.g. 2020-10-13.
« %(value)s » n'est pas une date ; utilisez AAAA-MM-JJ, par exemple 2020-10-13.
«%(value)s» no es una fecha; use AAAA-MM-DD, por ejemplo 2020-10-13.
«%(value)s» — не дата; используйте ГГГГ-ММ-ДД, например 2020-10-13.
“%(value)s”不是日期；请使用 YYYY-MM-DD，例如 2020-10-13。
«%(value)s» ليس تاريخًا؛ استخدم الصيغة YYYY-MM-DD، مثل 2020-10-13.
--
“%(value)s” is not a sort order; choose %(choices)s.
« %(value)s » n'est pas un ordre de tri ; choisissez %(choices)s.
«%(value)s» no es un criterio de orden; elija %(choices)s.
«%(value)s» — не порядок сортировки; выберите %(choices)s.
“%(value)s”不是排序方式；请选择 %(choices)s。
«%(value)s» ليس ترتيبًا صالحًا؛ اختر %(choices)s.
--
%(name)s: signatories, dates and sources.
%(name)s : signataires, dates et sources.
%(name)s: signatarios, fechas y fuentes.
%(name)s: участники, даты и источники.
%(name)s：签署方、日期和来源。
%(name)s: الموقِّعون والتواريخ والمصادر.
--
Name two to four countries by ISO code, separated by commas (e.g. us,in,cn); got %(count)s.
Indiquez de deux à quatre pays par leur code ISO, séparés par des virgules (par exemple us,in,cn) ; reçu : %(count)s.
Indique de dos a cuatro países por su código ISO, separados por comas (por ejemplo us,in,cn); recibidos: %(count)s.
Укажите от двух до четырёх стран кодами ISO через запятую (например, us,in,cn); получено: %(count)s.
请用 ISO 代码列出二至四个国家，以逗号分隔（例如 us,in,cn）；收到 %(count)s 个。
اذكر من بلدين إلى أربعة بلدان برموز ISO مفصولة بفواصل (مثل us,in,cn)؛ العدد المُرسَل: %(count)s.
--
“%(value)s” is not a two-letter ISO country code.
« %(value)s » n'est pas un code de pays ISO à deux lettres.
«%(value)s» no es un código de país ISO de dos letras.
«%(value)s» — не двухбуквенный код страны ISO.
“%(value)s”不是两个字母的 ISO 国家代码。
«%(value)s» ليس رمز بلد ISO من حرفين.
--
Unknown parameter; use countries=us,in,cn.
Paramètre inconnu ; utilisez countries=us,in,cn.
Parámetro desconocido; use countries=us,in,cn.
Неизвестный параметр; используйте countries=us,in,cn.
未知参数；请使用 countries=us,in,cn。
مُعامِل غير معروف؛ استخدم countries=us,in,cn.
--
No country with the ISO code “%(code)s” in the Atlas.
Aucun pays de l'Atlas n'a le code ISO « %(code)s ».
Ningún país del Atlas tiene el código ISO «%(code)s».
В Атласе нет страны с кодом ISO «%(code)s».
图集中没有 ISO 代码为“%(code)s”的国家。
لا يوجد في الأطلس بلد رمزه ISO «%(code)s».
--
Compare: %(names)s
Comparer : %(names)s
Comparar: %(names)s
Сравнение: %(names)s
比较：%(names)s
مقارنة: %(names)s
--
%(names)s side by side: agreements, shared missions, organizations and events.
%(names)s côte à côte : accords, missions communes, organisations et événements.
%(names)s lado a lado: acuerdos, misiones compartidas, organizaciones y acontecimientos.
%(names)s в сравнении: соглашения, общие миссии, организации и события.
%(names)s 对比：协定、共同任务、机构和事件。
%(names)s جنبًا إلى جنب: الاتفاقات والبعثات المشتركة والمنظمات والأحداث.
--
Home
Accueil
Inicio
Главная
首页
الرئيسية
--
Compare
Comparer
Comparar
Сравнить
比较
قارن
--
Countries in the Space Cooperation Atlas: their agencies, the agreements they signed, their missions.
Les pays de l'Atlas de la coopération spatiale : leurs agences, les accords qu'ils ont signés, leurs missions.
Los países del Atlas de la Cooperación Espacial: sus agencias, los acuerdos que firmaron y sus misiones.
Страны в Атласе космического сотрудничества: их агентства, подписанные ими соглашения, их миссии.
太空合作图集中的国家：其机构、所签署的协定及其任务。
البلدان في أطلس التعاون الفضائي: وكالاتها والاتفاقات التي وقَّعتها وبعثاتها.
--
%(name)s in international space cooperation: agencies, agreements signed, missions, events.
%(name)s dans la coopération spatiale internationale : agences, accords signés, missions, événements.
%(name)s en la cooperación espacial internacional: agencias, acuerdos firmados, misiones y acontecimientos.
%(name)s в международном космическом сотрудничестве: агентства, подписанные соглашения, миссии, события.
%(name)s 参与的国际太空合作：机构、所签协定、任务和事件。
%(name)s في التعاون الفضائي الدولي: الوكالات والاتفاقات الموقَّعة والبعثات والأحداث.
--
missions and programmes
missions et programmes
misiones y programas
миссий и программ
任务和计划
بعثة وبرنامج
--
signatures by countries
signatures d'États
firmas de países
подписей государств
国家签署
توقيع من البلدان
--
events on the timeline
événements dans la chronologie
acontecimientos en la cronología
событий в хронологии
时间线上的事件
حدث على الخط الزمني
--
Who cooperates with whom in space, and since when
Qui coopère avec qui dans l'espace, et depuis quand
Quién coopera con quién en el espacio, y desde cuándo
Кто с кем сотрудничает в космосе и с каких пор
谁在太空中与谁合作，始于何时
من يتعاون مع من في الفضاء، ومنذ متى
--
Joint missions and programmes in space: who led them, who took part and what each contributed.
Missions et programmes spatiaux communs : qui les a dirigés, qui y a pris part et ce que chacun a apporté.
Misiones y programas espaciales conjuntos: quién los dirigió, quién participó y qué aportó cada uno.
Совместные космические миссии и программы: кто их возглавлял, кто участвовал и что внёс каждый.
太空联合任务和计划：由谁牵头、谁参与以及各方的贡献。
البعثات والبرامج الفضائية المشتركة: من قادها ومن شارك فيها وما أسهم به كل طرف.
--
%(name)s: participants, contributions and timeline.
%(name)s : participants, contributions et chronologie.
%(name)s: participantes, contribuciones y cronología.
%(name)s: участники, вклад и хронология.
%(name)s：参与方、贡献和时间线。
%(name)s: المشاركون والإسهامات والخط الزمني.
--
Space agencies, intergovernmental organizations, UN bodies and companies that cooperate in space.
Agences spatiales, organisations intergouvernementales, organes de l'ONU et entreprises qui coopèrent dans l'espace.
Agencias espaciales, organizaciones intergubernamentales, órganos de la ONU y empresas que cooperan en el espacio.
Космические агентства, межправительственные организации, органы ООН и компании, сотрудничающие в космосе.
在太空领域开展合作的航天机构、政府间组织、联合国机构和企业。
وكالات الفضاء والمنظمات الحكومية الدولية وهيئات الأمم المتحدة والشركات التي تتعاون في الفضاء.
--
%(name)s: its missions, agreements and events.
%(name)s : ses missions, ses accords et ses événements.
%(name)s: sus misiones, acuerdos y acontecimientos.
%(name)s: миссии, соглашения и события.
%(name)s：其任务、协定和事件。
%(name)s: بعثاتها واتفاقاتها وأحداثها.
--
Search: %(query)s
Recherche : %(query)s
Búsqueda: %(query)s
Поиск: %(query)s
搜索：%(query)s
بحث: %(query)s
--
Search organizations, countries, missions, agreements, events and topics.
Rechercher des organisations, pays, missions, accords, événements et thèmes.
Buscar organizaciones, países, misiones, acuerdos, acontecimientos y temas.
Поиск организаций, стран, миссий, соглашений, событий и тем.
搜索机构、国家、任务、协定、事件和主题。
ابحث في المنظمات والبلدان والبعثات والاتفاقات والأحداث والمواضيع.
--
The search contains a null character; remove it and search again.
La recherche contient un caractère nul ; supprimez-le et relancez la recherche.
La búsqueda contiene un carácter nulo; elimínelo y vuelva a buscar.
Запрос содержит нулевой символ; удалите его и повторите поиск.
搜索内容包含空字符；请删除后重新搜索。
يحتوي البحث على محرف فارغ؛ احذفه وأعد البحث.
--
The search is %(length)s characters long; the limit is %(limit)s. Shorten it.
La recherche compte %(length)s caractères ; la limite est de %(limit)s. Raccourcissez-la.
La búsqueda tiene %(length)s caracteres; el límite es %(limit)s. Acórtela.
Длина запроса — %(length)s символов; предел — %(limit)s. Сократите его.
搜索内容长 %(length)s 个字符，上限为 %(limit)s。请缩短。
يبلغ طول البحث %(length)s محرفًا، والحد الأقصى %(limit)s. اختصره.
--
Any
Tous
Cualquiera
Любой
任意
الكل
--
Legally binding
Juridiquement contraignant
Jurídicamente vinculante
Юридически обязывающий
具有法律约束力
ملزم قانونًا
--
Not binding
Non contraignant
No vinculante
Не обязывающий
不具约束力
غير ملزم
--
Kind
Type
Tipo
Вид
类型
النوع
--
Binding
Force obligatoire
Carácter vinculante
Обязательная сила
约束力
الإلزام
--
Region
Région
Región
Регион
地区
المنطقة
--
As of (YYYY-MM-DD)
À la date du (AAAA-MM-JJ)
A fecha de (AAAA-MM-DD)
На дату (ГГГГ-ММ-ДД)
截至（YYYY-MM-DD）
حتى تاريخ (YYYY-MM-DD)
--
Unknown parameter %(name)s; use %(fields)s.
Paramètre inconnu %(name)s ; utilisez %(fields)s.
Parámetro desconocido %(name)s; use %(fields)s.
Неизвестный параметр %(name)s; используйте %(fields)s.
未知参数 %(name)s；请使用 %(fields)s。
مُعامِل غير معروف %(name)s؛ استخدم %(fields)s.
--
Agreement status by country
Statut des accords par pays
Estado de los acuerdos por país
Статус соглашений по странам
各国协定状态
حالة الاتفاقات حسب البلد
--
Every country's status under each space agreement — signed, ratified, acceded or withdrawn, with dates — live and filterable.
Le statut de chaque pays au regard de chaque accord spatial — signé, ratifié, adhésion ou retrait, avec les dates — à jour et filtrable.
El estado de cada país respecto de cada acuerdo espacial —firmado, ratificado, adhesión o retirada, con fechas—, actualizado y filtrable.
Статус каждой страны по каждому космическому соглашению — подписано, ратифицировано, присоединение или выход, с датами — в актуальном виде и с фильтрами.
每个国家在各项太空协定下的状态（已签署、已批准、已加入或已退出，附日期），实时更新，可筛选。
حالة كل بلد إزاء كل اتفاق فضائي — موقَّع أو مصدَّق أو منضم أو منسحب، مع التواريخ — محدَّثة وقابلة للتصفية.
--
Status by country
Statut par pays
Estado por país
Статус по странам
各国状态
الحالة حسب البلد
--
Themes of international space cooperation: human spaceflight, Earth observation, space law and more.
Les thèmes de la coopération spatiale internationale : vols habités, observation de la Terre, droit de l'espace et plus encore.
Temas de la cooperación espacial internacional: vuelos tripulados, observación de la Tierra, derecho del espacio y más.
Темы международного космического сотрудничества: пилотируемые полёты, наблюдение Земли, космическое право и другое.
国际太空合作的主题：载人航天、对地观测、空间法等。
موضوعات التعاون الفضائي الدولي: رحلات الفضاء المأهولة ورصد الأرض وقانون الفضاء وغيرها.
--
Missions through its organizations
Missions par ses organisations
Misiones a través de sus organizaciones
Миссии через его организации
通过其机构参与的任务
البعثات عبر منظماته
--
Artemis Accords signatory
Signataire des accords Artemis
Signatario de los Acuerdos Artemis
Участник Соглашений Артемиды
《阿尔忒弥斯协定》签署方
موقِّع على اتفاقات أرتميس
--
Collaboration network
Réseau de collaboration
Red de colaboración
Сеть сотрудничества
合作网络
شبكة التعاون
--
World map
Carte du monde
Mapa mundial
Карта мира
世界地图
خريطة العالم
--
“%(value)s” is not a measure here; choose one of: %(choices)s.
« %(value)s » n'est pas une mesure disponible ici ; choisissez parmi : %(choices)s.
«%(value)s» no es una medida disponible aquí; elija una de: %(choices)s.
«%(value)s» — здесь нет такого показателя; выберите один из: %(choices)s.
“%(value)s”不是此处的指标；请从以下选择：%(choices)s。
«%(value)s» ليس مقياسًا متاحًا هنا؛ اختر واحدًا من: %(choices)s.
--
Updated at or after (ISO 8601 date-time)
Mis à jour le ou après (date et heure ISO 8601)
Actualizado en o después de (fecha y hora ISO 8601)
Обновлено не ранее (дата и время ISO 8601)
更新时间不早于（ISO 8601 日期时间）
حُدِّث في أو بعد (التاريخ والوقت بصيغة ISO 8601)
--
Temporarily unavailable
Temporairement indisponible
No disponible temporalmente
Временно недоступно
暂时无法访问
غير متاح مؤقتًا
--
Page not found
Page introuvable
Página no encontrada
Страница не найдена
找不到页面
الصفحة غير موجودة
--
Bad request
Requête incorrecte
Solicitud incorrecta
Неверный запрос
错误的请求
طلب غير صالح
--
“%(value)s” is not a page number; pages are numbered from 1.
« %(value)s » n'est pas un numéro de page ; les pages sont numérotées à partir de 1.
«%(value)s» no es un número de página; las páginas se numeran desde 1.
«%(value)s» — не номер страницы; страницы нумеруются с 1.
“%(value)s”不是页码；页码从 1 开始。
«%(value)s» ليس رقم صفحة؛ تبدأ أرقام الصفحات من 1.
--
Every %(nouns)s in the Space Cooperation Atlas, filterable, with sources.
Tout l'Atlas de la coopération spatiale, rubrique %(nouns)s : filtrable, avec les sources.
Todo el Atlas de la Cooperación Espacial, sección %(nouns)s: filtrable y con fuentes.
Все разделы «%(nouns)s» Атласа космического сотрудничества, с фильтрами и источниками.
太空合作图集中的全部%(nouns)s，可筛选，附来源。
كل ما في أطلس التعاون الفضائي من %(nouns)s، قابلًا للتصفية ومع المصادر.
--
%(record)s in the Space Cooperation Atlas.
%(record)s dans l'Atlas de la coopération spatiale.
%(record)s en el Atlas de la Cooperación Espacial.
%(record)s в Атласе космического сотрудничества.
太空合作图集中的 %(record)s。
%(record)s في أطلس التعاون الفضائي.
--
The address has a value the page cannot use.
L'adresse contient une valeur que la page ne peut pas utiliser.
La dirección contiene un valor que la página no puede usar.
В адресе есть значение, которое страница не может использовать.
地址中包含页面无法使用的值。
يحتوي العنوان على قيمة لا تستطيع الصفحة استخدامها.
--
There is no page at this address.
Il n'y a aucune page à cette adresse.
No hay ninguna página en esta dirección.
По этому адресу нет страницы.
此地址没有页面。
لا توجد صفحة على هذا العنوان.
--
There is no page at this address. The record may have been renamed, or it is not published yet.
Il n'y a aucune page à cette adresse. La fiche a peut-être été renommée, ou elle n'est pas encore publiée.
No hay ninguna página en esta dirección. Puede que el registro haya cambiado de nombre o que aún no se haya publicado.
По этому адресу нет страницы. Возможно, запись переименована или ещё не опубликована.
此地址没有页面。该记录可能已更名，或尚未发布。
لا توجد صفحة على هذا العنوان. ربما تغيَّر اسم السجل أو لم يُنشر بعد.
--
Go to the home page
Aller à la page d'accueil
Ir a la página de inicio
Перейти на главную страницу
前往首页
الانتقال إلى الصفحة الرئيسية
--
Server error
Erreur du serveur
Error del servidor
Ошибка сервера
服务器错误
خطأ في الخادم
--
Something went wrong on our side
Un problème est survenu de notre côté
Algo ha fallado por nuestra parte
На нашей стороне произошла ошибка
我们这边出了问题
حدث خطأ من جهتنا
--
The error has been logged. Please try again in a moment.
L'erreur a été enregistrée. Veuillez réessayer dans un instant.
El error ha quedado registrado. Vuelva a intentarlo dentro de un momento.
Ошибка записана в журнал. Повторите попытку чуть позже.
错误已记录。请稍后再试。
سُجِّل الخطأ. يُرجى المحاولة مرة أخرى بعد قليل.
--
The site cannot reach its database for a moment.
Le site ne peut pas joindre sa base de données pour le moment.
El sitio no puede acceder a su base de datos en este momento.
Сайт временно не может связаться со своей базой данных.
网站暂时无法连接其数据库。
لا يستطيع الموقع الوصول إلى قاعدة بياناته في الوقت الحالي.
--
The page will be back shortly.
La page sera bientôt de retour.
La página volverá en breve.
Страница скоро снова будет доступна.
页面很快就会恢复。
ستعود الصفحة قريبًا.
--
Recover deleted
Récupérer les suppressions
Recuperar eliminados
Восстановить удалённое
恢复已删除项
استعادة المحذوف
--
Records deleted from the Atlas, from their history. Restoring one brings it back as it was when it was deleted, with its links and sources and its signatories.
Fiches supprimées de l'Atlas, d'après leur historique. En restaurer une la rétablit telle qu'elle était au moment de sa suppression, avec ses liens, ses sources et ses signataires.
Registros eliminados del Atlas, según su historial. Restaurar uno lo devuelve tal como estaba al eliminarse, con sus enlaces, sus fuentes y sus signatarios.
Записи, удалённые из Атласа, по их истории. Восстановленная запись возвращается в том виде, в каком была удалена, со своими связями, источниками и участниками.
从历史记录中找到的已从图集删除的记录。恢复某条记录会将其还原为删除时的状态，包括其链接、来源和签署方。
السجلات المحذوفة من الأطلس، من واقع سجلّها التاريخي. استعادة أحدها تعيده كما كان عند حذفه، بروابطه ومصادره والموقِّعين عليه.
--
Records deleted from the Atlas, from their history. Restoring one brings it back as it was when it was deleted, with its links and sources and its participants.
Fiches supprimées de l'Atlas, d'après leur historique. En restaurer une la rétablit telle qu'elle était au moment de sa suppression, avec ses liens, ses sources et ses participants.
Registros eliminados del Atlas, según su historial. Restaurar uno lo devuelve tal como estaba al eliminarse, con sus enlaces, sus fuentes y sus participantes.
Записи, удалённые из Атласа, по их истории. Восстановленная запись возвращается в том виде, в каком была удалена, со своими связями, источниками и участниками.
从历史记录中找到的已从图集删除的记录。恢复某条记录会将其还原为删除时的状态，包括其链接、来源和参与方。
السجلات المحذوفة من الأطلس، من واقع سجلّها التاريخي. استعادة أحدها تعيده كما كان عند حذفه، بروابطه ومصادره والمشاركين فيه.
--
Records deleted from the Atlas, from their history. Restoring one brings it back as it was when it was deleted, with its links and sources.
Fiches supprimées de l'Atlas, d'après leur historique. En restaurer une la rétablit telle qu'elle était au moment de sa suppression, avec ses liens et ses sources.
Registros eliminados del Atlas, según su historial. Restaurar uno lo devuelve tal como estaba al eliminarse, con sus enlaces y sus fuentes.
Записи, удалённые из Атласа, по их истории. Восстановленная запись возвращается в том виде, в каком была удалена, со своими связями и источниками.
从历史记录中找到的已从图集删除的记录。恢复某条记录会将其还原为删除时的状态，包括其链接和来源。
السجلات المحذوفة من الأطلس، من واقع سجلّها التاريخي. استعادة أحدها تعيده كما كان عند حذفه، بروابطه ومصادره.
--
Record
Fiche
Registro
Запись
记录
السجل
--
By
Par
Por
Кем
操作人
بواسطة
--
No deleted %(name)s.
Aucun élément supprimé (%(name)s).
No hay elementos eliminados (%(name)s).
Удалённых записей нет (%(name)s).
没有已删除的%(name)s。
لا توجد عناصر محذوفة (%(name)s).
--
Changes to its rows
Modifications de ses lignes
Cambios en sus filas
Изменения его строк
其行的变更
التغييرات على صفوفه
--
Date/time
Date et heure
Fecha y hora
Дата и время
日期/时间
التاريخ والوقت
--
Row
Ligne
Fila
Строка
行
الصف
--
Change
Modification
Cambio
Изменение
变更
التغيير
--
Space Cooperation Atlas
Atlas de la coopération spatiale
Atlas de la Cooperación Espacial
Атлас космического сотрудничества
太空合作图集
أطلس التعاون الفضائي
--
Draft — not visible to the public.
Brouillon — non visible du public.
Borrador: no visible para el público.
Черновик — не виден посетителям.
草稿——公众不可见。
مسودة — غير مرئية للجمهور.
--
You are previewing it because you are signed in as staff.
Vous le prévisualisez parce que vous êtes connecté comme membre de l'équipe.
Lo está previsualizando porque ha iniciado sesión como miembro del equipo.
Вы видите предпросмотр, потому что вошли как сотрудник.
您可以预览，是因为您以工作人员身份登录。
أنت تعاين هذه الصفحة لأنك مسجِّل الدخول بصفتك من فريق العمل.
--
legally binding
juridiquement contraignant
jurídicamente vinculante
юридически обязывающее
具有法律约束力
ملزم قانونًا
--
not legally binding
non contraignant juridiquement
no vinculante jurídicamente
юридически не обязывающее
不具法律约束力
غير ملزم قانونًا
--
Adopted
Adopté
Adoptado
Принято
通过日期
اعتُمد
--
Depositary
Dépositaire
Depositario
Депозитарий
保存人
جهة الإيداع
--
Text
Texte
Texto
Текст
文本
النص
--
Full text
Texte intégral
Texto completo
Полный текст
全文
النص الكامل
--
reported by
selon
según
по данным
据
بحسب
--
Show the table as it stood on
Afficher le tableau tel qu'il était le
Mostrar la tabla tal como estaba el
Показать таблицу по состоянию на
显示截至以下日期的表格
اعرض الجدول كما كان في
--
Show
Afficher
Mostrar
Показать
显示
اعرض
--
Back to today
Revenir à aujourd'hui
Volver a hoy
Вернуться к сегодняшнему дню
返回今天
العودة إلى اليوم
--
Signatories of the %(name)s
Signataires : %(name)s
Signatarios: %(name)s
Участники: %(name)s
%(name)s的签署方
الموقِّعون على %(name)s
--
as of %(date)s
au %(date)s
a %(date)s
на %(date)s
截至 %(date)s
حتى %(date)s
--
Select a column heading to sort.
Sélectionnez un en-tête de colonne pour trier.
Seleccione un encabezado de columna para ordenar.
Выберите заголовок столбца, чтобы отсортировать.
选择列标题即可排序。
اختر عنوان عمود للترتيب.
--
Notes and sources
Notes et sources
Notas y fuentes
Примечания и источники
备注和来源
الملاحظات والمصادر
--
the reported total above is the count to cite
le total déclaré ci-dessus est le chiffre à citer
el total declarado arriba es la cifra que debe citarse
для цитирования используйте приведённое выше заявленное число
应引用上方报告的总数
العدد المُبلَّغ عنه أعلاه هو الذي يُستشهد به
--
Missions and programmes
Missions et programmes
Misiones y programas
Миссии и программы
任务和计划
البعثات والبرامج
--
No mission or programme is linked to this agreement yet.
Aucune mission ni aucun programme n'est encore lié à cet accord.
Aún no hay ninguna misión ni programa vinculado a este acuerdo.
С этим соглашением пока не связана ни одна миссия или программа.
尚无任务或计划与此协定关联。
لم تُربط بعد أي بعثة أو برنامج بهذا الاتفاق.
--
No event of this agreement is recorded yet.
Aucun événement de cet accord n'est encore enregistré.
Aún no se ha registrado ningún acontecimiento de este acuerdo.
События этого соглашения пока не записаны.
尚未记录此协定的任何事件。
لم يُسجَّل بعد أي حدث لهذا الاتفاق.
--
Treaties, conventions, accords, intergovernmental agreements, memoranda and charters. Signatory counts are derived from the signatory rows listed on each agreement's page; set “Counts as of” to see them as they stood on a past date. <a href="%(status_url)s">Status by country</a>: every country against every agreement in one table.
Traités, conventions, accords, accords intergouvernementaux, protocoles d'accord et chartes. Le nombre de signataires est calculé à partir des lignes de signataires indiquées sur la page de chaque accord ; renseignez « Décomptes au » pour les voir tels qu'ils étaient à une date passée. <a href="%(status_url)s">Statut par pays</a> : chaque pays face à chaque accord, dans un seul tableau.
Tratados, convenios, acuerdos, acuerdos intergubernamentales, memorandos y cartas. El número de signatarios se obtiene de las filas de signatarios que figuran en la página de cada acuerdo; indique «Recuentos a fecha de» para verlos tal como estaban en una fecha pasada. <a href="%(status_url)s">Estado por país</a>: cada país frente a cada acuerdo en una sola tabla.
Договоры, конвенции, соглашения, межправительственные соглашения, меморандумы и хартии. Число участников подсчитывается по строкам участников на странице каждого соглашения; задайте «Подсчёт на дату», чтобы увидеть его на прошедшую дату. <a href="%(status_url)s">Статус по странам</a>: все страны и все соглашения в одной таблице.
条约、公约、协定、政府间协定、谅解备忘录和宪章。签署方数量根据各协定页面所列的签署方行计算；设置“统计截至”即可查看过去某一日期的情况。<a href="%(status_url)s">各国状态</a>：在一张表中对照每个国家与每项协定。
معاهدات واتفاقيات واتفاقات واتفاقات حكومية دولية ومذكرات تفاهم ومواثيق. يُحسب عدد الموقِّعين من صفوف الموقِّعين المدرجة في صفحة كل اتفاق؛ اضبط «الأعداد حتى تاريخ» لرؤيتها كما كانت في تاريخ سابق. <a href="%(status_url)s">الحالة حسب البلد</a>: كل بلد مقابل كل اتفاق في جدول واحد.
--
historical state
État historique
Estado histórico
историческое государство
历史国家
دولة تاريخية
--
ISO code
Code ISO
Código ISO
Код ISO
ISO 代码
رمز ISO
--
Official name
Nom officiel
Nombre oficial
Официальное название
正式名称
الاسم الرسمي
--
Compare with…
Comparer avec…
Comparar con…
Сравнить с…
与……比较
قارن مع…
--
add one to three ISO codes, e.g. %(code)s,us,cn
ajoutez un à trois codes ISO, par exemple %(code)s,us,cn
añada de uno a tres códigos ISO, por ejemplo %(code)s,us,cn
добавьте от одного до трёх кодов ISO, например %(code)s,us,cn
添加一至三个 ISO 代码，例如 %(code)s,us,cn
أضف من رمز إلى ثلاثة رموز ISO، مثل %(code)s,us,cn
--
No organization based in %(name)s is recorded yet.
Aucune organisation établie dans ce pays (%(name)s) n'est encore enregistrée.
Aún no se ha registrado ninguna organización con sede en %(name)s.
Организации, базирующиеся в стране «%(name)s», пока не записаны.
尚未记录总部设在%(name)s的机构。
لم تُسجَّل بعد أي منظمة مقرها %(name)s.
--
Memberships
Adhésions
Membresías
Членство
成员资格
العضويات
--
since
depuis
desde
с
自
منذ
--
date unknown
date inconnue
fecha desconocida
дата неизвестна
日期不详
التاريخ غير معروف
--
left
a quitté
salida
вышла
退出
انسحب
--
Member of
Membre de
Miembro de
Член
所属组织
عضو في
--
Agreements %(name)s signed, ratified or acceded to
Accords signés, ratifiés ou auxquels a adhéré ce pays (%(name)s)
Acuerdos que %(name)s firmó, ratificó o a los que se adhirió
Соглашения, которые страна «%(name)s» подписала, ратифицировала или к которым присоединилась
%(name)s签署、批准或加入的协定
الاتفاقات التي وقَّعتها %(name)s أو صدَّقت عليها أو انضمت إليها
--
No signature by %(name)s is recorded yet.
Aucune signature de ce pays (%(name)s) n'est encore enregistrée.
Aún no se ha registrado ninguna firma de %(name)s.
Подписи страны «%(name)s» пока не записаны.
尚未记录%(name)s的任何签署。
لم يُسجَّل بعد أي توقيع لـ%(name)s.
--
No mission of an organization from %(name)s is recorded yet.
Aucune mission d'une organisation de ce pays (%(name)s) n'est encore enregistrée.
Aún no se ha registrado ninguna misión de una organización de %(name)s.
Миссии организаций из страны «%(name)s» пока не записаны.
尚未记录%(name)s机构的任何任务。
لم تُسجَّل بعد أي بعثة لمنظمة من %(name)s.
--
No event involving this country is recorded yet.
Aucun événement concernant ce pays n'est encore enregistré.
Aún no se ha registrado ningún acontecimiento relacionado con este país.
События с участием этой страны пока не записаны.
尚未记录涉及此国家的任何事件。
لم يُسجَّل بعد أي حدث يخص هذا البلد.
--
Countries in the Atlas, with their agencies, the agreements they signed and the missions their organizations took part in.
Les pays de l'Atlas, avec leurs agences, les accords qu'ils ont signés et les missions auxquelles leurs organisations ont pris part.
Los países del Atlas, con sus agencias, los acuerdos que firmaron y las misiones en las que participaron sus organizaciones.
Страны Атласа: их агентства, подписанные ими соглашения и миссии, в которых участвовали их организации.
图集中的国家，及其机构、所签署的协定和其机构参与的任务。
البلدان في الأطلس، مع وكالاتها والاتفاقات التي وقَّعتها والبعثات التي شاركت فيها منظماتها.
--
A name, an acronym or a country
Un nom, un sigle ou un pays
Un nombre, una sigla o un país
Название, аббревиатура или страна
名称、缩写或国家
اسم أو اختصار أو بلد
--
The Atlas in figures
L'Atlas en chiffres
El Atlas en cifras
Атлас в цифрах
图集数据一览
الأطلس بالأرقام
--
Featured missions
Missions à la une
Misiones destacadas
Избранные миссии
精选任务
بعثات مختارة
--
The missions with the most partner organizations.
Les missions qui comptent le plus d'organisations partenaires.
Las misiones con más organizaciones asociadas.
Миссии с наибольшим числом организаций-партнёров.
合作机构最多的任务。
البعثات التي تضم أكبر عدد من المنظمات الشريكة.
--
Latest events
Derniers événements
Últimos acontecimientos
Последние события
最新事件
آخر الأحداث
--
Coming up
À venir
Próximamente
Предстоящие
即将发生
قريبًا
--
Sources disagree:
Les sources divergent :
Las fuentes discrepan:
Источники расходятся:
来源不一致：
المصادر مختلفة:
--
%(field)s also given as “%(value)s” by <a href="%(url)s" rel="noopener nofollow">another source</a>
%(field)s également donné comme « %(value)s » par <a href="%(url)s" rel="noopener nofollow">une autre source</a>
%(field)s también figura como «%(value)s» en <a href="%(url)s" rel="noopener nofollow">otra fuente</a>
%(field)s: в <a href="%(url)s" rel="noopener nofollow">другом источнике</a> указано «%(value)s»
<a href="%(url)s" rel="noopener nofollow">另一来源</a>给出的%(field)s为“%(value)s”
%(field)s واردة أيضًا بقيمة «%(value)s» في <a href="%(url)s" rel="noopener nofollow">مصدر آخر</a>
--
Started
Début
Inicio
Начало
开始
البداية
--
Ended
Fin
Fin
Окончание
结束
النهاية
--
Part of
Fait partie de
Forma parte de
Входит в
隶属于
جزء من
--
Participants
Participants
Participantes
Участники
参与方
المشاركون
--
Who took part in %(name)s and what each contributed
Qui a pris part à %(name)s et ce que chacun a apporté
Quién participó en %(name)s y qué aportó cada uno
Кто участвовал в %(name)s и что внёс каждый
谁参与了%(name)s，各自贡献了什么
من شارك في %(name)s وما أسهم به كل طرف
--
Role
Rôle
Función
Роль
角色
الدور
--
No participant is recorded yet.
Aucun participant n'est encore enregistré.
Aún no se ha registrado ningún participante.
Участники пока не записаны.
尚未记录任何参与方。
لم يُسجَّل بعد أي مشارك.
--
Missions in this programme
Missions de ce programme
Misiones de este programa
Миссии этой программы
本计划中的任务
البعثات في هذا البرنامج
--
No agreement is linked to this mission yet.
Aucun accord n'est encore lié à cette mission.
Aún no hay ningún acuerdo vinculado a esta misión.
С этой миссией пока не связано ни одно соглашение.
尚无协定与此任务关联。
لم يُربط بعد أي اتفاق بهذه البعثة.
--
No event of this mission is recorded yet.
Aucun événement de cette mission n'est encore enregistré.
Aún no se ha registrado ningún acontecimiento de esta misión.
События этой миссии пока не записаны.
尚未记录此任务的任何事件。
لم يُسجَّل بعد أي حدث لهذه البعثة.
--
Missions and programmes carried out by more than one organization — who led them, who took part and what each contributed.
Missions et programmes menés par plusieurs organisations — qui les a dirigés, qui y a pris part et ce que chacun a apporté.
Misiones y programas realizados por más de una organización: quién los dirigió, quién participó y qué aportó cada uno.
Миссии и программы, которые осуществляли несколько организаций: кто их возглавлял, кто участвовал и что внёс каждый.
由多个机构共同开展的任务和计划——谁牵头、谁参与以及各方的贡献。
بعثات وبرامج نفّذتها أكثر من منظمة — من قادها ومن شارك فيها وما أسهم به كل طرف.
--
side by side: their status under each agreement today, the missions their organizations share, their organizations and their events.
côte à côte : leur statut au regard de chaque accord aujourd'hui, les missions que partagent leurs organisations, leurs organisations et leurs événements.
lado a lado: su estado actual respecto de cada acuerdo, las misiones que comparten sus organizaciones, sus organizaciones y sus acontecimientos.
в сравнении: их текущий статус по каждому соглашению, общие миссии их организаций, их организации и события.
对比：它们目前在各项协定下的状态、其机构共同参与的任务、其机构和事件。
جنبًا إلى جنب: وضعها الحالي إزاء كل اتفاق، والبعثات المشتركة بين منظماتها، ومنظماتها وأحداثها.
--
None of these countries is listed as a signatory of any agreement.
Aucun de ces pays ne figure comme signataire d'un accord.
Ninguno de estos países figura como signatario de ningún acuerdo.
Ни одна из этих стран не указана как участник какого-либо соглашения.
这些国家均未被列为任何协定的签署方。
لا يرد أي من هذه البلدان موقِّعًا على أي اتفاق.
--
Missions they share
Missions communes
Misiones que comparten
Общие миссии
共同参与的任务
البعثات المشتركة بينها
--
No mission in the Atlas has organizations from two of these countries.
Aucune mission de l'Atlas ne réunit des organisations de deux de ces pays.
Ninguna misión del Atlas reúne organizaciones de dos de estos países.
Ни в одной миссии Атласа нет организаций из двух этих стран.
图集中没有任何任务同时有其中两个国家的机构参与。
لا توجد في الأطلس بعثة تضم منظمات من بلدين من هذه البلدان.
--
None recorded.
Aucune enregistrée.
Ninguna registrada.
Не записано.
暂无记录。
لا شيء مسجَّل.
--
Date
Date
Fecha
Дата
日期
التاريخ
--
linked
lié
vinculado
связано
已关联
مرتبط
--
No event in the Atlas is linked to these countries.
Aucun événement de l'Atlas n'est lié à ces pays.
Ningún acontecimiento del Atlas está vinculado a estos países.
Ни одно событие Атласа не связано с этими странами.
图集中没有与这些国家关联的事件。
لا يرتبط أي حدث في الأطلس بهذه البلدان.
--
Each country's status under each agreement as it stood on %(date)s, derived from the signatory rows listed on the agreements' pages.
Le statut de chaque pays au regard de chaque accord tel qu'il était le %(date)s, calculé à partir des lignes de signataires indiquées sur les pages des accords.
El estado de cada país respecto de cada acuerdo tal como estaba el %(date)s, obtenido de las filas de signatarios que figuran en las páginas de los acuerdos.
Статус каждой страны по каждому соглашению на %(date)s, по строкам участников на страницах соглашений.
截至 %(date)s 各国在各项协定下的状态，根据各协定页面所列的签署方行得出。
حالة كل بلد إزاء كل اتفاق كما كانت في %(date)s، مستخلصة من صفوف الموقِّعين المدرجة في صفحات الاتفاقات.
--
Each country's status under each agreement today, derived from the signatory rows listed on the agreements' pages.
Le statut actuel de chaque pays au regard de chaque accord, calculé à partir des lignes de signataires indiquées sur les pages des accords.
El estado actual de cada país respecto de cada acuerdo, obtenido de las filas de signatarios que figuran en las páginas de los acuerdos.
Текущий статус каждой страны по каждому соглашению, по строкам участников на страницах соглашений.
各国目前在各项协定下的状态，根据各协定页面所列的签署方行得出。
حالة كل بلد إزاء كل اتفاق اليوم، مستخلصة من صفوف الموقِّعين المدرجة في صفحات الاتفاقات.
--
Where a source reports more parties than are listed here, its total is shown under the column.
Lorsqu'une source déclare plus de parties que n'en liste cette page, son total figure sous la colonne.
Cuando una fuente declara más partes de las que figuran aquí, su total se muestra bajo la columna.
Если источник сообщает о большем числе участников, чем указано здесь, его данные приведены под столбцом.
如果某来源报告的缔约方多于此处所列，其总数显示在该列下方。
عندما يُبلغ مصدر عن أطراف أكثر مما هو مدرج هنا، يظهر مجموعه أسفل العمود.
--
Download as CSV
Télécharger en CSV
Descargar en CSV
Скачать в формате CSV
下载 CSV
تنزيل بصيغة CSV
--
Listed here
Listés ici
Listados aquí
Указано здесь
此处所列
المدرج هنا
--
Reported by a source
Déclarés par une source
Declarados por una fuente
По данным источника
来源报告
بحسب مصدر
--
No agreement matches these filters.
Aucun accord ne correspond à ces filtres.
Ningún acuerdo coincide con estos filtros.
Ни одно соглашение не соответствует этим фильтрам.
没有符合这些筛选条件的协定。
لا يطابق أي اتفاق عوامل التصفية هذه.
--
Founded
Fondation
Fundación
Основана
成立
التأسيس
--
Website
Site web
Sitio web
Сайт
网站
الموقع الإلكتروني
--
Missions %(name)s took part in, with its role
Missions auxquelles %(name)s a pris part, avec son rôle
Misiones en las que participó %(name)s, con su función
Миссии, в которых участвовала организация %(name)s, и её роль
%(name)s 参与的任务及其角色
البعثات التي شاركت فيها %(name)s، مع دورها
--
Dates
Dates
Fechas
Даты
日期
التواريخ
--
No mission of %(name)s is recorded yet.
Aucune mission de %(name)s n'est encore enregistrée.
Aún no se ha registrado ninguna misión de %(name)s.
Миссии организации %(name)s пока не записаны.
尚未记录 %(name)s 的任何任务。
لم تُسجَّل بعد أي بعثة لـ%(name)s.
--
Administers or drafted
Administre ou a rédigé
Administra o redactó
Администрирует или разработала
管理或起草
تديرها أو صاغتها
--
Signed as a party
Signés en tant que partie
Firmados como parte
Подписаны в качестве стороны
作为缔约方签署
وقَّعتها بصفتها طرفًا
--
signed %(date)s
signé le %(date)s
firmado el %(date)s
подписано %(date)s
%(date)s 签署
وُقِّع في %(date)s
--
ratified/accepted %(date)s
ratifié/accepté le %(date)s
ratificado/aceptado el %(date)s
ратифицировано/принято %(date)s
%(date)s 批准/接受
صُدِّق عليه/قُبِل في %(date)s
--
No agreement is linked to %(name)s yet.
Aucun accord n'est encore lié à %(name)s.
Aún no hay ningún acuerdo vinculado a %(name)s.
С организацией %(name)s пока не связано ни одно соглашение.
尚无协定与 %(name)s 关联。
لم يُربط بعد أي اتفاق بـ%(name)s.
--
Countries in %(name)s, with the date each joined (at the precision the sources give)
Pays membres de %(name)s, avec la date d'adhésion de chacun (à la précision donnée par les sources)
Países de %(name)s, con la fecha de adhesión de cada uno (con la precisión que dan las fuentes)
Страны — члены %(name)s с датой вступления каждой (с той точностью, которую дают источники)
%(name)s 的成员国及各自加入日期（精确程度以来源为准）
البلدان الأعضاء في %(name)s، مع تاريخ انضمام كل منها (بالدقة التي تذكرها المصادر)
--
Joined
Adhésion
Adhesión
Вступление
加入
الانضمام
--
Left
Départ
Salida
Выход
退出
الانسحاب
--
unknown
inconnue
desconocida
неизвестно
不详
غير معروف
--
Member countries (%(count)s)
Pays membres (%(count)s)
Países miembros (%(count)s)
Государства-члены (%(count)s)
成员国（%(count)s）
البلدان الأعضاء (%(count)s)
--
No event involving this organization is recorded yet.
Aucun événement concernant cette organisation n'est encore enregistré.
Aún no se ha registrado ningún acontecimiento relacionado con esta organización.
События с участием этой организации пока не записаны.
尚未记录涉及此机构的任何事件。
لم يُسجَّل بعد أي حدث يخص هذه المنظمة.
--
National space agencies, intergovernmental organizations, UN bodies, companies and research institutions, with the missions they took part in and the agreements they administer.
Agences spatiales nationales, organisations intergouvernementales, organes de l'ONU, entreprises et instituts de recherche, avec les missions auxquelles ils ont pris part et les accords qu'ils administrent.
Agencias espaciales nacionales, organizaciones intergubernamentales, órganos de la ONU, empresas e instituciones de investigación, con las misiones en las que participaron y los acuerdos que administran.
Национальные космические агентства, межправительственные организации, органы ООН, компании и научные учреждения — с миссиями, в которых они участвовали, и соглашениями, которые они администрируют.
国家航天机构、政府间组织、联合国机构、企业和科研机构，及其参与的任务和管理的协定。
وكالات الفضاء الوطنية والمنظمات الحكومية الدولية وهيئات الأمم المتحدة والشركات ومؤسسات البحث، مع البعثات التي شاركت فيها والاتفاقات التي تديرها.
"""

BLOCKS += r"""
--
Search results for “%(query)s”
Résultats de la recherche « %(query)s »
Resultados de la búsqueda «%(query)s»
Результаты поиска по запросу «%(query)s»
“%(query)s”的搜索结果
نتائج البحث عن «%(query)s»
--
Search organizations, countries, missions, agreements, events and topics
Rechercher des organisations, pays, missions, accords, événements et thèmes
Buscar organizaciones, países, misiones, acuerdos, acontecimientos y temas
Поиск организаций, стран, миссий, соглашений, событий и тем
搜索机构、国家、任务、协定、事件和主题
ابحث في المنظمات والبلدان والبعثات والاتفاقات والأحداث والمواضيع
--
Result groups
Groupes de résultats
Grupos de resultados
Группы результатов
结果分组
مجموعات النتائج
--
See all matching %(label)s
Voir tous les résultats : %(label)s
Ver todos los resultados: %(label)s
Все найденные результаты: %(label)s
查看所有匹配的%(label)s
عرض كل النتائج المطابقة: %(label)s
--
Nothing in the Atlas matches “%(query)s”. Try a shorter word, an acronym (ESA, ISS) or a country name.
Rien dans l'Atlas ne correspond à « %(query)s ». Essayez un mot plus court, un sigle (ESA, ISS) ou un nom de pays.
Nada en el Atlas coincide con «%(query)s». Pruebe con una palabra más corta, una sigla (ESA, ISS) o el nombre de un país.
В Атласе ничего не найдено по запросу «%(query)s». Попробуйте более короткое слово, аббревиатуру (ESA, ISS) или название страны.
图集中没有与“%(query)s”匹配的内容。请尝试更短的词、缩写（ESA、ISS）或国家名称。
لا شيء في الأطلس يطابق «%(query)s». جرّب كلمة أقصر أو اختصارًا (ESA، ISS) أو اسم بلد.
--
Type a name, an acronym or a word: “ISS”, “Artemis”, “India”, “space debris”.
Saisissez un nom, un sigle ou un mot : « ISS », « Artemis », « Inde », « débris spatiaux ».
Escriba un nombre, una sigla o una palabra: «ISS», «Artemis», «India», «basura espacial».
Введите название, аббревиатуру или слово: «ISS», «Artemis», «Индия», «космический мусор».
输入名称、缩写或词语：“ISS”“Artemis”“印度”“空间碎片”。
اكتب اسمًا أو اختصارًا أو كلمة: «ISS»، «Artemis»، «الهند»، «الحطام الفضائي».
--
No mission on this topic yet.
Aucune mission sur ce thème pour l'instant.
Aún no hay misiones sobre este tema.
По этой теме пока нет миссий.
此主题下尚无任务。
لا توجد بعد بعثات في هذا الموضوع.
--
No agreement on this topic yet.
Aucun accord sur ce thème pour l'instant.
Aún no hay acuerdos sobre este tema.
По этой теме пока нет соглашений.
此主题下尚无协定。
لا توجد بعد اتفاقات في هذا الموضوع.
--
No organization on this topic yet.
Aucune organisation sur ce thème pour l'instant.
Aún no hay organizaciones sobre este tema.
По этой теме пока нет организаций.
此主题下尚无机构。
لا توجد بعد منظمات في هذا الموضوع.
--
No event on this topic yet.
Aucun événement sur ce thème pour l'instant.
Aún no hay acontecimientos sobre este tema.
По этой теме пока нет событий.
此主题下尚无事件。
لا توجد بعد أحداث في هذا الموضوع.
--
See them on the timeline
Les voir dans la chronologie
Verlos en la cronología
Посмотреть в хронологии
在时间线上查看
اعرضها على الخط الزمني
--
Themes that link missions, agreements, organizations and events.
Les thèmes qui relient missions, accords, organisations et événements.
Temas que vinculan misiones, acuerdos, organizaciones y acontecimientos.
Темы, связывающие миссии, соглашения, организации и события.
连接任务、协定、机构和事件的主题。
موضوعات تربط البعثات والاتفاقات والمنظمات والأحداث.
--
What curators changed recently in the Space Cooperation Atlas: published edits to agreements, missions, organizations, countries, topics and events.
Ce que les documentalistes ont modifié récemment dans l'Atlas de la coopération spatiale : modifications publiées d'accords, de missions, d'organisations, de pays, de thèmes et d'événements.
Lo que los documentalistas han cambiado recientemente en el Atlas de la Cooperación Espacial: ediciones publicadas de acuerdos, misiones, organizaciones, países, temas y acontecimientos.
Что кураторы недавно изменили в Атласе космического сотрудничества: опубликованные правки соглашений, миссий, организаций, стран, тем и событий.
太空合作图集近期的更改：已发布的协定、任务、机构、国家、主题和事件编辑。
ما غيَّره المحررون مؤخرًا في أطلس التعاون الفضائي: التعديلات المنشورة على الاتفاقات والبعثات والمنظمات والبلدان والمواضيع والأحداث.
--
Breadcrumb
Fil d'Ariane
Ruta de navegación
Навигационная цепочка
面包屑导航
مسار التنقل
--
Edits to published records, newest first. <a href="%(feed_url)s">Follow them in a feed reader (Atom)</a>.
Modifications des fiches publiées, les plus récentes d'abord. <a href="%(feed_url)s">Suivez-les dans un lecteur de flux (Atom)</a>.
Ediciones de registros publicados, las más recientes primero. <a href="%(feed_url)s">Sígalas en un lector de canales (Atom)</a>.
Правки опубликованных записей, сначала новые. <a href="%(feed_url)s">Следите за ними в программе чтения лент (Atom)</a>.
已发布记录的编辑，最新的在前。<a href="%(feed_url)s">在订阅阅读器中关注（Atom）</a>。
تعديلات السجلات المنشورة، الأحدث أولًا. <a href="%(feed_url)s">تابعها في قارئ خلاصات (Atom)</a>.
--
page %(number)s of %(total)s
page %(number)s sur %(total)s
página %(number)s de %(total)s
страница %(number)s из %(total)s
第 %(number)s 页，共 %(total)s 页
الصفحة %(number)s من %(total)s
--
a curator %(summary)s.
un documentaliste : %(summary)s.
un documentalista: %(summary)s.
куратор: %(summary)s.
一位编辑：%(summary)s。
أحد المحررين: %(summary)s.
--
Newer
Plus récentes
Más recientes
Новее
较新
الأحدث
--
Page %(number)s of %(total)s
Page %(number)s sur %(total)s
Página %(number)s de %(total)s
Страница %(number)s из %(total)s
第 %(number)s 页，共 %(total)s 页
الصفحة %(number)s من %(total)s
--
Older
Plus anciennes
Más antiguas
Старше
较早
الأقدم
--
No published changes yet.
Aucune modification publiée pour l'instant.
Aún no hay cambios publicados.
Опубликованных изменений пока нет.
尚无已发布的更改。
لا توجد تغييرات منشورة بعد.
--
Source:
Source :
Fuente:
Источник:
来源：
المصدر:
--
This address has a value the page cannot use
Cette adresse contient une valeur que la page ne peut pas utiliser
Esta dirección contiene un valor que la página no puede usar
В этом адресе есть значение, которое страница не может использовать
此地址包含页面无法使用的值
يحتوي هذا العنوان على قيمة لا تستطيع الصفحة استخدامها
--
The request could not be understood
La requête n'a pas pu être comprise
No se ha podido entender la solicitud
Запрос не удалось понять
无法理解该请求
تعذَّر فهم الطلب
--
Change or remove that value and try again
Modifiez ou supprimez cette valeur et réessayez
Cambie o elimine ese valor y vuelva a intentarlo
Измените или удалите это значение и повторите попытку
请修改或删除该值后重试
غيِّر هذه القيمة أو احذفها ثم أعد المحاولة
--
Change or remove those values and try again
Modifiez ou supprimez ces valeurs et réessayez
Cambie o elimine esos valores y vuelva a intentarlo
Измените или удалите эти значения и повторите попытку
请修改或删除这些值后重试
غيِّر هذه القيم أو احذفها ثم أعد المحاولة
--
, or <a href="%(path)s">start again without filters</a>
, ou <a href="%(path)s">recommencez sans filtres</a>
, o <a href="%(path)s">empiece de nuevo sin filtros</a>
или <a href="%(path)s">начните заново без фильтров</a>
，或<a href="%(path)s">不使用筛选条件重新开始</a>
، أو <a href="%(path)s">ابدأ من جديد دون عوامل تصفية</a>
--
Cite this page
Citer cette page
Citar esta página
Как цитировать эту страницу
引用此页面
الاستشهاد بهذه الصفحة
--
Last updated %(date)s.
Dernière mise à jour : %(date)s.
Última actualización: %(date)s.
Последнее обновление: %(date)s.
最后更新：%(date)s。
آخر تحديث: %(date)s.
--
accessed %(date)s
consulté le %(date)s
consultado el %(date)s
дата обращения: %(date)s
访问于 %(date)s
تاريخ الاطلاع: %(date)s
--
Embed this chart
Intégrer ce graphique
Insertar este gráfico
Встроить этот график
嵌入此图表
تضمين هذا الرسم البياني
--
Copy this into a web page; the chart links back here.
Copiez ce code dans une page web ; le graphique renvoie ici.
Copie esto en una página web; el gráfico enlaza de vuelta aquí.
Скопируйте это на веб-страницу; график будет ссылаться сюда.
将此代码复制到网页中；图表会链接回本页。
انسخ هذا في صفحة ويب؛ يرتبط الرسم البياني بهذه الصفحة.
--
iframe code
code iframe
código iframe
код iframe
iframe 代码
رمز iframe
--
Follow these events:
Suivre ces événements :
Seguir estos acontecimientos:
Следить за этими событиями:
关注这些事件：
تابِع هذه الأحداث:
--
Atom feed
flux Atom
canal Atom
лента Atom
Atom 订阅源
خلاصة Atom
--
calendar (iCalendar)
calendrier (iCalendar)
calendario (iCalendar)
календарь (iCalendar)
日历（iCalendar）
التقويم (iCalendar)
--
Filter %(noun_plural)s
Filtrer : %(noun_plural)s
Filtrar: %(noun_plural)s
Фильтр: %(noun_plural)s
筛选：%(noun_plural)s
تصفية: %(noun_plural)s
--
Apply
Appliquer
Aplicar
Применить
应用
تطبيق
--
Clear filters
Effacer les filtres
Borrar los filtros
Сбросить фильтры
清除筛选
مسح عوامل التصفية
--
Main
Principale
Principal
Основная
主导航
الرئيسية
--
Pages of results
Pages de résultats
Páginas de resultados
Страницы результатов
结果分页
صفحات النتائج
--
Previous
Précédente
Anterior
Предыдущая
上一页
السابقة
--
page
page
página
страница
页
صفحة
--
Next
Suivante
Siguiente
Следующая
下一页
التالية
--
founded %(date)s
fondée en %(date)s
fundada en %(date)s
основана: %(date)s
成立于 %(date)s
تأسست في %(date)s
--
ISO 3166-1 alpha-2 code
Code ISO 3166-1 alpha-2
Código ISO 3166-1 alfa-2
Код ISO 3166-1 alpha-2
ISO 3166-1 二字母代码
رمز ISO 3166-1 الثنائي
--
opened %(date)s
ouvert à la signature le %(date)s
abierto a la firma el %(date)s
открыто для подписания %(date)s
%(date)s 开放签署
فُتح للتوقيع في %(date)s
--
in force %(date)s
en vigueur le %(date)s
en vigor el %(date)s
вступило в силу %(date)s
%(date)s 生效
نافذ منذ %(date)s
--
match these filters
correspondent à ces filtres
coinciden con estos filtros
соответствуют этим фильтрам
符合这些筛选条件
تطابق عوامل التصفية هذه
--
counts as of %(date)s
décomptes au %(date)s
recuentos a %(date)s
подсчёт на %(date)s
统计截至 %(date)s
الأعداد حتى %(date)s
--
Nothing matches these filters. <a href="%(list_url)s">Clear the filters</a> or <a href="%(search_url)s">search the whole Atlas</a>.
Rien ne correspond à ces filtres. <a href="%(list_url)s">Effacez les filtres</a> ou <a href="%(search_url)s">cherchez dans tout l'Atlas</a>.
Nada coincide con estos filtros. <a href="%(list_url)s">Borre los filtros</a> o <a href="%(search_url)s">busque en todo el Atlas</a>.
Ничего не соответствует этим фильтрам. <a href="%(list_url)s">Сбросьте фильтры</a> или <a href="%(search_url)s">ищите по всему Атласу</a>.
没有符合这些筛选条件的内容。<a href="%(list_url)s">清除筛选</a>或<a href="%(search_url)s">搜索整个图集</a>。
لا شيء يطابق عوامل التصفية هذه. <a href="%(list_url)s">امسح عوامل التصفية</a> أو <a href="%(search_url)s">ابحث في الأطلس كله</a>.
--
Sources
Sources
Fuentes
Источники
来源
المصادر
--
No source is recorded for this record yet.
Aucune source n'est encore enregistrée pour cette fiche.
Aún no se ha registrado ninguna fuente para este registro.
Для этой записи пока не указан ни один источник.
此记录尚未登记任何来源。
لم يُسجَّل بعد أي مصدر لهذا السجل.
--
Too many failed logins
Trop de connexions échouées
Demasiados inicios de sesión fallidos
Слишком много неудачных попыток входа
登录失败次数过多
محاولات دخول فاشلة كثيرة جدًا
--
Account locked: too many failed login attempts for “%(username)s” from this address.
Compte verrouillé : trop de tentatives de connexion échouées pour « %(username)s » depuis cette adresse.
Cuenta bloqueada: demasiados intentos de inicio de sesión fallidos para «%(username)s» desde esta dirección.
Учётная запись заблокирована: слишком много неудачных попыток входа для «%(username)s» с этого адреса.
账户已锁定：从此地址以“%(username)s”登录失败次数过多。
الحساب مقفل: محاولات دخول فاشلة كثيرة جدًا باسم «%(username)s» من هذا العنوان.
--
Account locked: too many failed login attempts from this address.
Compte verrouillé : trop de tentatives de connexion échouées depuis cette adresse.
Cuenta bloqueada: demasiados intentos de inicio de sesión fallidos desde esta dirección.
Учётная запись заблокирована: слишком много неудачных попыток входа с этого адреса.
账户已锁定：从此地址登录失败次数过多。
الحساب مقفل: محاولات دخول فاشلة كثيرة جدًا من هذا العنوان.
--
Try again in %(cooloff_timedelta)s (hours:minutes:seconds), or ask an administrator to clear the lockout.
Réessayez dans %(cooloff_timedelta)s (heures:minutes:secondes) ou demandez à un administrateur de lever le verrouillage.
Vuelva a intentarlo dentro de %(cooloff_timedelta)s (horas:minutos:segundos) o pida a un administrador que levante el bloqueo.
Повторите попытку через %(cooloff_timedelta)s (часы:минуты:секунды) или попросите администратора снять блокировку.
请在 %(cooloff_timedelta)s（时:分:秒）后重试，或请管理员解除锁定。
أعد المحاولة بعد %(cooloff_timedelta)s (ساعات:دقائق:ثوانٍ)، أو اطلب من أحد المسؤولين رفع القفل.
--
Ask an administrator to clear the lockout.
Demandez à un administrateur de lever le verrouillage.
Pida a un administrador que levante el bloqueo.
Попросите администратора снять блокировку.
请管理员解除锁定。
اطلب من أحد المسؤولين رفع القفل.
--
featured
à la une
destacado
избранное
精选
مميَّز
--
Known to the
Connu au
Conocido con precisión de
Известно с точностью до
已知精确到
معروف بدقة
--
Linked records
Fiches liées
Registros vinculados
Связанные записи
关联记录
السجلات المرتبطة
--
More events from the %(decade)ss
Plus d'événements des années %(decade)s
Más acontecimientos de los años %(decade)s
Другие события %(decade)s-х годов
更多 %(decade)s 年代的事件
مزيد من أحداث عقد %(decade)s
--
Moments in the history of international cooperation in space — launches, dockings, signatures, entries into force, milestones — each dated as precisely as its sources allow (a year, a month or a day).
Les moments de l'histoire de la coopération spatiale internationale — lancements, amarrages, signatures, entrées en vigueur, étapes — chacun daté aussi précisément que ses sources le permettent (une année, un mois ou un jour).
Momentos de la historia de la cooperación espacial internacional —lanzamientos, acoplamientos, firmas, entradas en vigor, hitos—, cada uno fechado con la precisión que permiten sus fuentes (un año, un mes o un día).
Вехи истории международного космического сотрудничества — запуски, стыковки, подписания, вступления в силу, этапы, — каждая датирована настолько точно, насколько позволяют источники (год, месяц или день).
国际太空合作史上的重要时刻——发射、对接、签署、生效和里程碑——每一项都按来源所允许的精度（年、月或日）标注日期。
لحظات من تاريخ التعاون الدولي في الفضاء — عمليات إطلاق والتحام وتوقيع ودخول حيز النفاذ ومراحل بارزة — كلٌّ منها مؤرَّخ بالدقة التي تسمح بها مصادره (سنة أو شهر أو يوم).
--
%(decade)ss
Années %(decade)s
Años %(decade)s
%(decade)s-е
%(decade)s 年代
عقد %(decade)s
--
No event matches these filters. <a href="%(list_url)s">Clear the filters</a>.
Aucun événement ne correspond à ces filtres. <a href="%(list_url)s">Effacez les filtres</a>.
Ningún acontecimiento coincide con estos filtros. <a href="%(list_url)s">Borre los filtros</a>.
Ни одно событие не соответствует этим фильтрам. <a href="%(list_url)s">Сбросьте фильтры</a>.
没有符合这些筛选条件的事件。<a href="%(list_url)s">清除筛选</a>。
لا يطابق أي حدث عوامل التصفية هذه. <a href="%(list_url)s">امسح عوامل التصفية</a>.
--
Explore visually
Explorer en images
Explorar visualmente
Визуальный обзор
可视化浏览
استكشف بصريًا
--
New signatories per year
Nouveaux signataires par an
Nuevos signatarios por año
Новые участники по годам
每年新增签署方
الموقِّعون الجدد كل عام
--
Bar chart: new signatories of the agreements per year, %(first)s to %(last)s
Diagramme en barres : nouveaux signataires des accords par an, de %(first)s à %(last)s
Gráfico de barras: nuevos signatarios de los acuerdos por año, de %(first)s a %(last)s
Столбчатая диаграмма: новые участники соглашений по годам, с %(first)s по %(last)s
柱状图：%(first)s 年至 %(last)s 年各协定每年新增签署方
مخطط أعمدة: الموقِّعون الجدد على الاتفاقات كل عام، من %(first)s إلى %(last)s
--
As a table
Sous forme de tableau
En forma de tabla
В виде таблицы
以表格形式
في شكل جدول
--
Year
Année
Año
Год
年份
السنة
--
New signatories
Nouveaux signataires
Nuevos signatarios
Новые участники
新增签署方
الموقِّعون الجدد
--
No dated signature is published yet.
Aucune signature datée n'est encore publiée.
Aún no se ha publicado ninguna firma con fecha.
Датированные подписи пока не опубликованы.
尚未发布任何有日期的签署。
لم يُنشر بعد أي توقيع مؤرَّخ.
--
Closest partners
Partenaires les plus proches
Socios más cercanos
Ближайшие партнёры
最密切的合作伙伴
أقرب الشركاء
--
The whole collaboration network
Tout le réseau de collaboration
Toda la red de colaboración
Вся сеть сотрудничества
完整的合作网络
شبكة التعاون كاملة
--
No two organizations share a published mission yet.
Aucune paire d'organisations ne partage encore de mission publiée.
Todavía no hay dos organizaciones que compartan una misión publicada.
Пока нет двух организаций с общей опубликованной миссией.
目前还没有两个机构共同参与已发布的任务。
لا توجد بعد منظمتان تتشاركان في بعثة منشورة.
--
Countries on the map
Les pays sur la carte
Países en el mapa
Страны на карте
地图上的国家
البلدان على الخريطة
--
See them on the world map
Les voir sur la carte du monde
Verlos en el mapa mundial
Посмотреть на карте мира
在世界地图上查看
اعرضها على خريطة العالم
--
Signatories over time
Signataires au fil du temps
Signatarios a lo largo del tiempo
Участники во времени
签署方随时间变化
الموقِّعون عبر الزمن
--
Cumulative number of signatories and of parties (ratified or acceded) from the dated rows listed here
Nombre cumulé de signataires et de parties (ratification ou adhésion) d'après les lignes datées indiquées ici
Número acumulado de signatarios y de partes (ratificación o adhesión) según las filas fechadas que figuran aquí
Накопленное число участников и сторон (ратифицировавших или присоединившихся) по датированным строкам, указанным здесь
根据此处所列有日期的行得出的签署方和缔约方（已批准或已加入）累计数
العدد التراكمي للموقِّعين والأطراف (بالتصديق أو الانضمام) من الصفوف المؤرَّخة المدرجة هنا
--
Cumulative number of signatories from the dated rows listed here
Nombre cumulé de signataires d'après les lignes datées indiquées ici
Número acumulado de signatarios según las filas fechadas que figuran aquí
Накопленное число участников по датированным строкам, указанным здесь
根据此处所列有日期的行得出的签署方累计数
العدد التراكمي للموقِّعين من الصفوف المؤرَّخة المدرجة هنا
--
up to %(date)s
jusqu'au %(date)s
hasta el %(date)s
по %(date)s
截至 %(date)s
حتى %(date)s
--
Ratified or acceded
Ratification ou adhésion
Ratificación o adhesión
Ратификация или присоединение
已批准或已加入
التصديق أو الانضمام
--
Cumulative signatories of the %(name)s by date
Signataires cumulés par date : %(name)s
Signatarios acumulados por fecha: %(name)s
Накопленное число участников по датам: %(name)s
%(name)s按日期的累计签署方
الموقِّعون التراكميون على %(name)s حسب التاريخ
--
Parties
Parties
Partes
Стороны
缔约方
الأطراف
--
−%(count)s withdrew
−%(count)s retrait(s)
−%(count)s retirada(s)
−%(count)s вышли
−%(count)s 退出
−%(count)s انسحاب
--
The events on a time axis
Les événements sur un axe du temps
Los acontecimientos en un eje temporal
События на оси времени
时间轴上的事件
الأحداث على محور زمني
--
Zoom to an era
Zoomer sur une époque
Ampliar a una época
Приблизить эпоху
缩放到某个时期
التكبير إلى حقبة
--
Timeline of the events listed below
Chronologie des événements listés ci-dessous
Cronología de los acontecimientos enumerados abajo
Хронология событий, перечисленных ниже
下列事件的时间线
الخط الزمني للأحداث المدرجة أدناه
--
Kinds of event
Types d'événement
Tipos de acontecimiento
Виды событий
事件类型
أنواع الأحداث
--
The same events as the list below, one row per kind. Drag to pan; zoom with Ctrl + scroll, a pinch or the era buttons. Select a dot to open the event.
Les mêmes événements que la liste ci-dessous, une ligne par type. Faites glisser pour vous déplacer ; zoomez avec Ctrl + molette, en pinçant ou avec les boutons d'époque. Sélectionnez un point pour ouvrir l'événement.
Los mismos acontecimientos que la lista de abajo, una fila por tipo. Arrastre para desplazarse; amplíe con Ctrl + rueda, pellizcando o con los botones de época. Seleccione un punto para abrir el acontecimiento.
Те же события, что и в списке ниже, по одной строке на вид. Перетаскивайте для прокрутки; масштабируйте с помощью Ctrl + колесо, жестом щипка или кнопками эпох. Выберите точку, чтобы открыть событие.
与下方列表相同的事件，每种类型一行。拖动可平移；按住 Ctrl 滚动、双指缩放或使用时期按钮可缩放。选择一个点即可打开该事件。
الأحداث نفسها الواردة في القائمة أدناه، صف لكل نوع. اسحب للتحريك؛ كبِّر بـ Ctrl مع التمرير أو بالقرص أو بأزرار الحقب. اختر نقطة لفتح الحدث.
--
A world map of space cooperation: agreements each country signed, missions through its organizations, and the Artemis Accords signatories.
Une carte du monde de la coopération spatiale : les accords signés par chaque pays, ses missions par ses organisations et les signataires des accords Artemis.
Un mapa mundial de la cooperación espacial: los acuerdos que firmó cada país, sus misiones a través de sus organizaciones y los signatarios de los Acuerdos Artemis.
Карта мира космического сотрудничества: соглашения, подписанные каждой страной, миссии через её организации и участники Соглашений Артемиды.
太空合作世界地图：各国签署的协定、通过其机构参与的任务，以及《阿尔忒弥斯协定》签署方。
خريطة عالمية للتعاون الفضائي: الاتفاقات التي وقَّعها كل بلد، والبعثات عبر منظماته، والموقِّعون على اتفاقات أرتميس.
--
Each country shaded by the measure you choose, from the published records of the Atlas. Select a country to open its page.
Chaque pays est coloré selon la mesure choisie, d'après les fiches publiées de l'Atlas. Sélectionnez un pays pour ouvrir sa page.
Cada país se sombrea según la medida que elija, a partir de los registros publicados del Atlas. Seleccione un país para abrir su página.
Каждая страна окрашена по выбранному показателю на основе опубликованных записей Атласа. Выберите страну, чтобы открыть её страницу.
根据图集已发布的记录，按所选指标为每个国家着色。选择一个国家即可打开其页面。
يُظلَّل كل بلد حسب المقياس الذي تختاره، استنادًا إلى سجلات الأطلس المنشورة. اختر بلدًا لفتح صفحته.
--
Choose what the map shows
Choisir ce que montre la carte
Elegir lo que muestra el mapa
Выберите, что показывает карта
选择地图显示的内容
اختر ما تعرضه الخريطة
--
Measure
Mesure
Medida
Показатель
指标
المقياس
--
Shade countries by
Colorer les pays selon
Sombrear los países según
Окрасить страны по
国家着色依据
تظليل البلدان حسب
--
Loading the map…
Chargement de la carte…
Cargando el mapa…
Загрузка карты…
正在加载地图…
جارٍ تحميل الخريطة…
--
Boundaries: Natural Earth 1:110m (public domain), via world-atlas. Grey: no published record for that country.
Frontières : Natural Earth 1:110m (domaine public), via world-atlas. En gris : aucune fiche publiée pour ce pays.
Fronteras: Natural Earth 1:110m (dominio público), a través de world-atlas. En gris: ningún registro publicado para ese país.
Границы: Natural Earth 1:110m (общественное достояние), через world-atlas. Серым: по этой стране нет опубликованных записей.
边界：Natural Earth 1:110m（公有领域），来自 world-atlas。灰色：该国家没有已发布的记录。
الحدود: Natural Earth بمقياس 1:110m (ملكية عامة)، عبر world-atlas. الرمادي: لا يوجد سجل منشور لذلك البلد.
--
Cooperation measures per country
Mesures de coopération par pays
Medidas de cooperación por país
Показатели сотрудничества по странам
各国合作指标
مقاييس التعاون لكل بلد
--
historical state, not on the map
État historique, absent de la carte
Estado histórico, no figura en el mapa
историческое государство, нет на карте
历史国家，不在地图上
دولة تاريخية، ليست على الخريطة
--
not on the map
absent de la carte
no figura en el mapa
нет на карте
不在地图上
ليست على الخريطة
--
Yes
Oui
Sí
Да
是
نعم
--
date not known
date inconnue
fecha desconocida
дата неизвестна
日期不详
التاريخ غير معروف
--
No
Non
No
Нет
否
لا
--
Which space agencies and organizations work together: a network of the missions they share, filterable by topic and period.
Quelles agences spatiales et organisations travaillent ensemble : un réseau des missions qu'elles partagent, filtrable par thème et par période.
Qué agencias espaciales y organizaciones trabajan juntas: una red de las misiones que comparten, filtrable por tema y periodo.
Какие космические агентства и организации работают вместе: сеть их общих миссий с фильтрами по теме и периоду.
哪些航天机构和组织在合作：按其共同任务构成的网络，可按主题和时期筛选。
أي وكالات الفضاء والمنظمات تعمل معًا: شبكة من البعثات المشتركة بينها، قابلة للتصفية حسب الموضوع والفترة.
--
Organizations are linked when they take part in the same published mission; the thicker the line, the more missions they share. Select an organization to open its page.
Les organisations sont reliées lorsqu'elles participent à une même mission publiée ; plus le trait est épais, plus elles partagent de missions. Sélectionnez une organisation pour ouvrir sa page.
Las organizaciones se vinculan cuando participan en la misma misión publicada; cuanto más gruesa la línea, más misiones comparten. Seleccione una organización para abrir su página.
Организации связаны, если участвуют в одной опубликованной миссии; чем толще линия, тем больше у них общих миссий. Выберите организацию, чтобы открыть её страницу.
参与同一已发布任务的机构之间有连线；线越粗，共同参与的任务越多。选择一个机构即可打开其页面。
ترتبط المنظمات عندما تشارك في البعثة المنشورة نفسها؛ وكلما زاد سُمك الخط زاد عدد البعثات المشتركة. اختر منظمة لفتح صفحتها.
--
Filter the network
Filtrer le réseau
Filtrar la red
Фильтр сети
筛选网络
تصفية الشبكة
--
Some filters could not be used:
Certains filtres n'ont pas pu être appliqués :
Algunos filtros no se han podido aplicar:
Некоторые фильтры не удалось применить:
部分筛选条件无法使用：
تعذَّر استخدام بعض عوامل التصفية:
--
Loading the network…
Chargement du réseau…
Cargando la red…
Загрузка сети…
正在加载网络…
جارٍ تحميل الشبكة…
--
Circle size: number of missions. Line width: number of shared missions. Zoom with the buttons, Ctrl + scroll or a pinch; drag to pan.
Taille des cercles : nombre de missions. Épaisseur des traits : nombre de missions partagées. Zoomez avec les boutons, Ctrl + molette ou en pinçant ; faites glisser pour vous déplacer.
Tamaño del círculo: número de misiones. Grosor de la línea: número de misiones compartidas. Amplíe con los botones, Ctrl + rueda o pellizcando; arrastre para desplazarse.
Размер круга — число миссий. Толщина линии — число общих миссий. Масштабируйте кнопками, Ctrl + колесо или щипком; перетаскивайте для прокрутки.
圆圈大小：任务数量。线条粗细：共同任务数量。使用按钮、按住 Ctrl 滚动或双指缩放；拖动可平移。
حجم الدائرة: عدد البعثات. عرض الخط: عدد البعثات المشتركة. كبِّر بالأزرار أو بـ Ctrl مع التمرير أو بالقرص؛ اسحب للتحريك.
--
Links as a table (%(count)s, most shared missions first)
Liens sous forme de tableau (%(count)s, les plus de missions partagées d'abord)
Vínculos en forma de tabla (%(count)s, primero los de más misiones compartidas)
Связи в виде таблицы (%(count)s, сначала с наибольшим числом общих миссий)
以表格列出连线（%(count)s 条，共同任务最多的在前）
الروابط في شكل جدول (%(count)s، الأكثر بعثات مشتركة أولًا)
--
Pairs of organizations and the missions they share
Paires d'organisations et missions qu'elles partagent
Pares de organizaciones y las misiones que comparten
Пары организаций и их общие миссии
机构对及其共同任务
أزواج المنظمات والبعثات المشتركة بينها
--
No two organizations share a published mission with these filters.
Avec ces filtres, aucune paire d'organisations ne partage de mission publiée.
Con estos filtros, no hay dos organizaciones que compartan una misión publicada.
С этими фильтрами нет двух организаций с общей опубликованной миссией.
在这些筛选条件下，没有两个机构共同参与已发布的任务。
مع عوامل التصفية هذه، لا توجد منظمتان تتشاركان في بعثة منشورة.
--
No two organizations share a published mission.
Aucune paire d'organisations ne partage de mission publiée.
No hay dos organizaciones que compartan una misión publicada.
Нет двух организаций с общей опубликованной миссией.
没有两个机构共同参与已发布的任务。
لا توجد منظمتان تتشاركان في بعثة منشورة.
--
Country (ISO code): named by the event, or the seat of one of its organizations
Pays (code ISO) : nommé par l'événement, ou siège de l'une de ses organisations
País (código ISO): nombrado por el acontecimiento o sede de una de sus organizaciones
Страна (код ISO): названная в событии или место нахождения одной из его организаций
国家（ISO 代码）：事件所涉国家，或其某一机构的所在地
البلد (رمز ISO): المذكور في الحدث، أو مقر إحدى منظماته
--
The history of international cooperation in space, event by event, grouped by decade and year.
L'histoire de la coopération spatiale internationale, événement par événement, regroupée par décennie et par année.
La historia de la cooperación espacial internacional, acontecimiento a acontecimiento, agrupada por década y año.
История международного космического сотрудничества, событие за событием, по десятилетиям и годам.
国际太空合作的历史，逐个事件，按年代和年份分组。
تاريخ التعاون الدولي في الفضاء، حدثًا بحدث، مجمَّعًا حسب العقد والسنة.
"""

BLOCKS += r"""
--
Topic
Thème
Tema
Тема
主题
الموضوع
--
Organization
Organisation
Organización
Организация
机构
المنظمة
--
Agreement
Accord
Acuerdo
Соглашение
协定
الاتفاق
--
Mission or programme
Mission ou programme
Misión o programa
Миссия или программа
任务或计划
البعثة أو البرنامج
--
All topics
Tous les thèmes
Todos los temas
Все темы
所有主题
كل المواضيع
--
From year
À partir de l'année
Desde el año
С года
起始年份
من سنة
--
To year
Jusqu'à l'année
Hasta el año
По год
截止年份
حتى سنة
--
Agreement (slug)
Accord (identifiant)
Acuerdo (identificador)
Соглашение (идентификатор)
协定（标识）
الاتفاق (المعرِّف)
--
Organization (slug)
Organisation (identifiant)
Organización (identificador)
Организация (идентификатор)
机构（标识）
المنظمة (المعرِّف)
--
Mission (slug)
Mission (identifiant)
Misión (identificador)
Миссия (идентификатор)
任务（标识）
البعثة (المعرِّف)
--
Signatory
Signataire
Signatario
Участник
签署方
الموقِّع
--
Signed
Signé
Firmado
Подписано
签署
التوقيع
--
agreements
accords
acuerdos
соглашения
协定
الاتفاقات
--
countries
pays
países
страны
国家
البلدان
--
%(name)s: signatories over time
%(name)s : signataires au fil du temps
%(name)s: signatarios a lo largo del tiempo
%(name)s: участники во времени
%(name)s：签署方随时间变化
%(name)s: الموقِّعون عبر الزمن
--
organizations
organisations
organizaciones
организации
机构
المنظمات
--
The reference catalog and timeline of international cooperation in space: agencies, countries, joint missions, agreements and their signatories, with a source for every fact.
Le catalogue de référence et la chronologie de la coopération spatiale internationale : agences, pays, missions communes, accords et leurs signataires, avec une source pour chaque fait.
El catálogo de referencia y la cronología de la cooperación espacial internacional: agencias, países, misiones conjuntas, acuerdos y sus signatarios, con una fuente para cada dato.
Справочный каталог и хронология международного космического сотрудничества: агентства, страны, совместные миссии, соглашения и их участники — с источником для каждого факта.
国际太空合作的参考目录和时间线：机构、国家、联合任务、协定及其签署方，每项事实均附来源。
الفهرس المرجعي والخط الزمني للتعاون الدولي في الفضاء: الوكالات والبلدان والبعثات المشتركة والاتفاقات والموقِّعون عليها، مع مصدر لكل معلومة.
--
missions
missions
misiones
миссии
任务
البعثات
--
events
événements
acontecimientos
события
事件
الأحداث
--
Agreements signed
Accords signés
Acuerdos firmados
Подписанные соглашения
已签署的协定
الاتفاقات الموقَّعة
--
Search the Atlas instead
Chercher plutôt dans l'Atlas
Buscar en el Atlas
Искать в Атласе
改为搜索图集
ابحث في الأطلس بدلًا من ذلك
--
Deleted
Supprimé
Eliminado
Удалено
已删除
المحذوف
--
Restore
Restaurer
Restaurar
Восстановить
恢复
استعادة
--
Changed by
Modifié par
Modificado por
Кем изменено
更改人
غيَّره
--
International cooperation in space
La coopération internationale dans l'espace
La cooperación internacional en el espacio
Международное сотрудничество в космосе
国际太空合作
التعاون الدولي في الفضاء
--
The reference catalog and timeline of international cooperation in space, with a source for every fact.
Le catalogue de référence et la chronologie de la coopération spatiale internationale, avec une source pour chaque fait.
El catálogo de referencia y la cronología de la cooperación espacial internacional, con una fuente para cada dato.
Справочный каталог и хронология международного космического сотрудничества — с источником для каждого факта.
国际太空合作的参考目录和时间线，每项事实均附来源。
الفهرس المرجعي والخط الزمني للتعاون الدولي في الفضاء، مع مصدر لكل معلومة.
--
Opened for signature
Ouvert à la signature
Abierto a la firma
Открыто для подписания
开放签署
فُتح للتوقيع
--
Entered into force
Entré en vigueur
Entrada en vigor
Вступило в силу
生效
دخل حيز النفاذ
--
Signatories
Signataires
Signatarios
Участники
签署方
الموقِّعون
--
No signatory is listed here
Aucun signataire n'est listé ici
No figura aquí ningún signatario
Здесь не указан ни один участник
此处未列出任何签署方
لا يوجد هنا أي موقِّع مدرج
--
Organizations involved
Organisations concernées
Organizaciones implicadas
Участвующие организации
相关机构
المنظمات المعنية
--
Country
Pays
País
Страна
国家
البلد
--
The Space Cooperation Atlas is a reference catalog and timeline of international cooperation in space: the agencies and organizations, the countries, the joint missions and who built what, the treaties and accords and who signed them when — every fact with its source.
L'Atlas de la coopération spatiale est un catalogue de référence et une chronologie de la coopération internationale dans l'espace : les agences et organisations, les pays, les missions communes et qui a construit quoi, les traités et accords et qui les a signés, et quand — chaque fait avec sa source.
El Atlas de la Cooperación Espacial es un catálogo de referencia y una cronología de la cooperación internacional en el espacio: las agencias y organizaciones, los países, las misiones conjuntas y quién construyó qué, los tratados y acuerdos y quién los firmó y cuándo; cada dato con su fuente.
Атлас космического сотрудничества — справочный каталог и хронология международного сотрудничества в космосе: агентства и организации, страны, совместные миссии и кто что создал, договоры и соглашения, кто и когда их подписал, — каждый факт с источником.
太空合作图集是国际太空合作的参考目录和时间线：航天机构和组织、国家、联合任务及各方建造的部分、条约和协定以及签署方和签署时间——每项事实均附来源。
أطلس التعاون الفضائي فهرس مرجعي وخط زمني للتعاون الدولي في الفضاء: الوكالات والمنظمات، والبلدان، والبعثات المشتركة ومن بنى ماذا، والمعاهدات والاتفاقات ومن وقَّعها ومتى — كل معلومة مع مصدرها.
--
All missions
Toutes les missions
Todas las misiones
Все миссии
所有任务
كل البعثات
--
No mission has been published yet.
Aucune mission n'a encore été publiée.
Aún no se ha publicado ninguna misión.
Ни одна миссия пока не опубликована.
尚未发布任何任务。
لم تُنشر أي بعثة بعد.
--
No event has been published yet.
Aucun événement n'a encore été publié.
Aún no se ha publicado ningún acontecimiento.
Ни одно событие пока не опубликовано.
尚未发布任何事件。
لم يُنشر أي حدث بعد.
--
The whole timeline
Toute la chronologie
Toda la cronología
Вся хронология
完整时间线
الخط الزمني كاملًا
--
Planned end
Fin prévue
Fin prevista
Плановое окончание
计划结束
النهاية المقرَّرة
--
Destination
Destination
Destino
Место назначения
目的地
الوجهة
--
Contribution
Contribution
Contribución
Вклад
贡献
الإسهام
--
International
International
Internacional
Международная
国际
دولية
--
Mission
Mission
Misión
Миссия
任务
البعثة
--
Event
Événement
Acontecimiento
Событие
事件
الحدث
--
%(count)s signed only
%(count)s signature(s) seule(s)
%(count)s solo firmado(s)
только подписали: %(count)s
仅签署 %(count)s 个
وقَّع فقط: %(count)s
--
Based in
Siège
Sede
Местонахождение
所在地
المقر
--
No topic has been published yet.
Aucun thème n'a encore été publié.
Aún no se ha publicado ningún tema.
Ни одна тема пока не опубликована.
尚未发布任何主题。
لم يُنشر أي موضوع بعد.
--
Pages of changes
Pages de modifications
Páginas de cambios
Страницы изменений
更改分页
صفحات التغييرات
--
Every record is entered by curators from published sources — agency and UN pages, news reports and encyclopedia articles — and each page lists the sources it rests on, so you can check a fact before you cite it. Where a source gives no date, the Atlas leaves it empty rather than guess. Counts such as “signatories” are derived from the listed rows, never typed in; where a list is known to be incomplete the page says so and quotes the total its source reports.
Chaque fiche est saisie par des documentalistes à partir de sources publiées — pages d'agences et de l'ONU, articles de presse et d'encyclopédie — et chaque page indique les sources sur lesquelles elle repose, pour que vous puissiez vérifier un fait avant de le citer. Lorsqu'une source ne donne pas de date, l'Atlas la laisse vide plutôt que de la deviner. Les décomptes tels que les « signataires » sont calculés à partir des lignes listées, jamais saisis à la main ; lorsqu'une liste est connue pour être incomplète, la page le signale et cite le total déclaré par sa source.
Cada registro lo introducen documentalistas a partir de fuentes publicadas —páginas de agencias y de la ONU, noticias y artículos de enciclopedia— y cada página enumera las fuentes en que se basa, para que pueda comprobar un dato antes de citarlo. Cuando una fuente no da fecha, el Atlas la deja vacía en lugar de suponerla. Los recuentos como los de «signatarios» se obtienen de las filas listadas, nunca se escriben a mano; cuando se sabe que una lista está incompleta, la página lo indica y cita el total que declara su fuente.
Каждую запись вносят кураторы по опубликованным источникам — страницам агентств и ООН, новостям и энциклопедическим статьям, — и на каждой странице перечислены её источники, чтобы факт можно было проверить перед цитированием. Если источник не даёт даты, Атлас оставляет её пустой, а не угадывает. Такие числа, как «участники», подсчитываются по перечисленным строкам и никогда не вводятся вручную; если список заведомо неполон, страница сообщает об этом и приводит число из источника.
每条记录都由编辑根据已发布的来源录入——航天机构和联合国网页、新闻报道和百科文章——每个页面都列出其依据的来源，以便您在引用前核实。来源未给出日期时，图集宁可留空也不猜测。“签署方”等数量均由所列行计算得出，从不手工填写；已知某份名单不完整时，页面会注明并引用来源报告的总数。
يُدخل المحررون كل سجل من مصادر منشورة — صفحات الوكالات والأمم المتحدة والتقارير الإخبارية ومقالات الموسوعات — وتذكر كل صفحة المصادر التي تستند إليها، لتتحقق من المعلومة قبل الاستشهاد بها. وحين لا يذكر المصدر تاريخًا يتركه الأطلس فارغًا بدلًا من التخمين. وتُحسب الأعداد مثل «الموقِّعين» من الصفوف المدرجة ولا تُكتب يدويًا أبدًا؛ وحين يُعرف أن قائمة ما ناقصة تذكر الصفحة ذلك وتورد المجموع الذي يُبلغ عنه مصدرها.
--
Led by
Dirigée par
Dirigida por
Руководитель:
牵头方
بقيادة
--
No record is linked to this event yet.
Aucune fiche n'est encore liée à cet événement.
Aún no hay ningún registro vinculado a este acontecimiento.
С этим событием пока не связана ни одна запись.
尚无记录与此事件关联。
لم يُربط بعد أي سجل بهذا الحدث.
--
What changed
Ce qui a changé
Qué cambió
Что изменилось
变化
ما الذي تغيَّر
--
+%(count)s joined
+%(count)s adhésion(s)
+%(count)s incorporación(es)
+%(count)s присоединились
+%(count)s 加入
+%(count)s انضمام
--
+%(count)s ratified or acceded
+%(count)s ratification(s) ou adhésion(s)
+%(count)s ratificación(es) o adhesión(es)
+%(count)s ратифицировали или присоединились
+%(count)s 批准或加入
+%(count)s تصديق أو انضمام
--
%(name)s signatory
Signataire : %(name)s
Signatario: %(name)s
Участник: %(name)s
%(name)s签署方
موقِّع على %(name)s
--
Kinds of organization
Types d'organisation
Tipos de organización
Виды организаций
机构类型
أنواع المنظمات
--
Shared missions
Missions partagées
Misiones compartidas
Общие миссии
共同任务
البعثات المشتركة
"""

# Plural messages: the English (singular, plural) pair, then each language's forms in the order of
# its Plural-Forms header (fr, es: 2; ru: 3 — one, few, many; zh_Hans: 1; ar: 6 — zero, one, two,
# few 3–10, many 11–99, other 100+).
PLURALS = [
    (
        (
            "%(listed)s of %(total)s parties listed here (%(counter)s row in all).",
            "%(listed)s of %(total)s parties listed here (%(counter)s rows in all).",
        ),
        {
            "fr": [
                "%(listed)s parties sur %(total)s listées ici (%(counter)s ligne en tout).",
                "%(listed)s parties sur %(total)s listées ici (%(counter)s lignes en tout).",
            ],
            "es": [
                "%(listed)s de %(total)s partes listadas aquí (%(counter)s fila en total).",
                "%(listed)s de %(total)s partes listadas aquí (%(counter)s filas en total).",
            ],
            "ru": [
                "Здесь указано участников: %(listed)s из %(total)s (всего %(counter)s строка).",
                "Здесь указано участников: %(listed)s из %(total)s (всего %(counter)s строки).",
                "Здесь указано участников: %(listed)s из %(total)s (всего %(counter)s строк).",
            ],
            "zh_Hans": ["此处列出 %(total)s 个缔约方中的 %(listed)s 个（共 %(counter)s 行）。"],
            "ar": [
                "المدرج هنا %(listed)s من أصل %(total)s من الأطراف (لا صفوف: %(counter)s).",
                "المدرج هنا %(listed)s من أصل %(total)s من الأطراف (صف واحد: %(counter)s).",
                "المدرج هنا %(listed)s من أصل %(total)s من الأطراف (صفان: %(counter)s).",
                "المدرج هنا %(listed)s من أصل %(total)s من الأطراف (%(counter)s صفوف في المجموع).",
                "المدرج هنا %(listed)s من أصل %(total)s من الأطراف (%(counter)s صفًا في المجموع).",
                "المدرج هنا %(listed)s من أصل %(total)s من الأطراف (%(counter)s صف في المجموع).",
            ],
        },
    ),
    (
        (
            "There is no page %(page)s: these results have %(count)s page.",
            "There is no page %(page)s: these results have %(count)s pages.",
        ),
        {
            "fr": [
                "Il n'y a pas de page %(page)s : ces résultats tiennent en %(count)s page.",
                "Il n'y a pas de page %(page)s : ces résultats tiennent en %(count)s pages.",
            ],
            "es": [
                "No existe la página %(page)s: estos resultados ocupan %(count)s página.",
                "No existe la página %(page)s: estos resultados ocupan %(count)s páginas.",
            ],
            "ru": [
                "Страницы %(page)s нет: в этих результатах %(count)s страница.",
                "Страницы %(page)s нет: в этих результатах %(count)s страницы.",
                "Страницы %(page)s нет: в этих результатах %(count)s страниц.",
            ],
            "zh_Hans": ["没有第 %(page)s 页：这些结果共 %(count)s 页。"],
            "ar": [
                "لا توجد صفحة %(page)s: لا صفحات لهذه النتائج (%(count)s).",
                "لا توجد صفحة %(page)s: لهذه النتائج صفحة واحدة (%(count)s).",
                "لا توجد صفحة %(page)s: لهذه النتائج صفحتان (%(count)s).",
                "لا توجد صفحة %(page)s: لهذه النتائج %(count)s صفحات.",
                "لا توجد صفحة %(page)s: لهذه النتائج %(count)s صفحة.",
                "لا توجد صفحة %(page)s: لهذه النتائج %(count)s صفحة.",
            ],
        },
    ),
    (
        ("Member countries (%(counter)s row)", "Member countries (%(counter)s rows)"),
        {
            "fr": ["Pays membres (%(counter)s ligne)", "Pays membres (%(counter)s lignes)"],
            "es": ["Países miembros (%(counter)s fila)", "Países miembros (%(counter)s filas)"],
            "ru": [
                "Государства-члены (%(counter)s строка)",
                "Государства-члены (%(counter)s строки)",
                "Государства-члены (%(counter)s строк)",
            ],
            "zh_Hans": ["成员国（%(counter)s 行）"],
            "ar": [
                "البلدان الأعضاء (%(counter)s صفوف)",
                "البلدان الأعضاء (صف واحد: %(counter)s)",
                "البلدان الأعضاء (صفان: %(counter)s)",
                "البلدان الأعضاء (%(counter)s صفوف)",
                "البلدان الأعضاء (%(counter)s صفًا)",
                "البلدان الأعضاء (%(counter)s صف)",
            ],
        },
    ),
    (
        ("<strong>%(counter)s</strong> result", "<strong>%(counter)s</strong> results"),
        {
            "fr": ["<strong>%(counter)s</strong> résultat", "<strong>%(counter)s</strong> résultats"],
            "es": ["<strong>%(counter)s</strong> resultado", "<strong>%(counter)s</strong> resultados"],
            "ru": [
                "<strong>%(counter)s</strong> результат",
                "<strong>%(counter)s</strong> результата",
                "<strong>%(counter)s</strong> результатов",
            ],
            "zh_Hans": ["<strong>%(counter)s</strong> 个结果"],
            "ar": [
                "<strong>%(counter)s</strong> نتيجة",
                "<strong>%(counter)s</strong> نتيجة واحدة",
                "<strong>%(counter)s</strong> نتيجتان",
                "<strong>%(counter)s</strong> نتائج",
                "<strong>%(counter)s</strong> نتيجة",
                "<strong>%(counter)s</strong> نتيجة",
            ],
        },
    ),
    (
        ("<strong>%(counter)s</strong> topic", "<strong>%(counter)s</strong> topics"),
        {
            "fr": ["<strong>%(counter)s</strong> thème", "<strong>%(counter)s</strong> thèmes"],
            "es": ["<strong>%(counter)s</strong> tema", "<strong>%(counter)s</strong> temas"],
            "ru": [
                "<strong>%(counter)s</strong> тема",
                "<strong>%(counter)s</strong> темы",
                "<strong>%(counter)s</strong> тем",
            ],
            "zh_Hans": ["<strong>%(counter)s</strong> 个主题"],
            "ar": [
                "<strong>%(counter)s</strong> موضوع",
                "<strong>%(counter)s</strong> موضوع واحد",
                "<strong>%(counter)s</strong> موضوعان",
                "<strong>%(counter)s</strong> مواضيع",
                "<strong>%(counter)s</strong> موضوعًا",
                "<strong>%(counter)s</strong> موضوع",
            ],
        },
    ),
    (
        ("<strong>%(counter)s</strong> event", "<strong>%(counter)s</strong> events"),
        {
            "fr": ["<strong>%(counter)s</strong> événement", "<strong>%(counter)s</strong> événements"],
            "es": ["<strong>%(counter)s</strong> acontecimiento", "<strong>%(counter)s</strong> acontecimientos"],
            "ru": [
                "<strong>%(counter)s</strong> событие",
                "<strong>%(counter)s</strong> события",
                "<strong>%(counter)s</strong> событий",
            ],
            "zh_Hans": ["<strong>%(counter)s</strong> 个事件"],
            "ar": [
                "<strong>%(counter)s</strong> حدث",
                "<strong>%(counter)s</strong> حدث واحد",
                "<strong>%(counter)s</strong> حدثان",
                "<strong>%(counter)s</strong> أحداث",
                "<strong>%(counter)s</strong> حدثًا",
                "<strong>%(counter)s</strong> حدث",
            ],
        },
    ),
    (
        (
            "of %(counter)s country in the Atlas signed an agreement or take part in a mission through their organizations.",
            "of %(counter)s countries in the Atlas signed an agreement or take part in a mission through their organizations.",
        ),
        {
            "fr": [
                "sur %(counter)s pays de l'Atlas ont signé un accord ou participent à une mission par leurs organisations.",
                "sur %(counter)s pays de l'Atlas ont signé un accord ou participent à une mission par leurs organisations.",
            ],
            "es": [
                "de %(counter)s país del Atlas firmaron un acuerdo o participan en una misión a través de sus organizaciones.",
                "de %(counter)s países del Atlas firmaron un acuerdo o participan en una misión a través de sus organizaciones.",
            ],
            "ru": [
                "из %(counter)s страны Атласа подписали соглашение или участвуют в миссии через свои организации.",
                "из %(counter)s стран Атласа подписали соглашение или участвуют в миссии через свои организации.",
                "из %(counter)s стран Атласа подписали соглашение или участвуют в миссии через свои организации.",
            ],
            "zh_Hans": ["（图集共 %(counter)s 个国家）签署了协定或通过其机构参与了任务。"],
            "ar": [
                "من أصل %(counter)s بلد في الأطلس وقَّعت اتفاقًا أو تشارك في بعثة عبر منظماتها.",
                "من أصل بلد واحد (%(counter)s) في الأطلس وقَّع اتفاقًا أو يشارك في بعثة عبر منظماته.",
                "من أصل بلدين (%(counter)s) في الأطلس وقَّعا اتفاقًا أو يشاركان في بعثة عبر منظماتهما.",
                "من أصل %(counter)s بلدان في الأطلس وقَّعت اتفاقًا أو تشارك في بعثة عبر منظماتها.",
                "من أصل %(counter)s بلدًا في الأطلس وقَّعت اتفاقًا أو تشارك في بعثة عبر منظماتها.",
                "من أصل %(counter)s بلد في الأطلس وقَّعت اتفاقًا أو تشارك في بعثة عبر منظماتها.",
            ],
        },
    ),
    (
        (
            "%(counter)s signatory has no known date and is not on the chart.",
            "%(counter)s signatories have no known date and are not on the chart.",
        ),
        {
            "fr": [
                "%(counter)s signataire n'a pas de date connue et ne figure pas sur le graphique.",
                "%(counter)s signataires n'ont pas de date connue et ne figurent pas sur le graphique.",
            ],
            "es": [
                "%(counter)s signatario no tiene fecha conocida y no aparece en el gráfico.",
                "%(counter)s signatarios no tienen fecha conocida y no aparecen en el gráfico.",
            ],
            "ru": [
                "У %(counter)s участника нет известной даты, и его нет на графике.",
                "У %(counter)s участников нет известной даты, и их нет на графике.",
                "У %(counter)s участников нет известной даты, и их нет на графике.",
            ],
            "zh_Hans": ["有 %(counter)s 个签署方没有已知日期，未显示在图表上。"],
            "ar": [
                "لا موقِّعين بلا تاريخ معروف (%(counter)s).",
                "موقِّع واحد (%(counter)s) ليس له تاريخ معروف وليس على الرسم البياني.",
                "موقِّعان (%(counter)s) ليس لهما تاريخ معروف وليسا على الرسم البياني.",
                "%(counter)s موقِّعين ليس لهم تاريخ معروف وليسوا على الرسم البياني.",
                "%(counter)s موقِّعًا ليس لهم تاريخ معروف وليسوا على الرسم البياني.",
                "%(counter)s موقِّع ليس لهم تاريخ معروف وليسوا على الرسم البياني.",
            ],
        },
    ),
    (
        ("The chart as a table (%(counter)s date)", "The chart as a table (%(counter)s dates)"),
        {
            "fr": [
                "Le graphique sous forme de tableau (%(counter)s date)",
                "Le graphique sous forme de tableau (%(counter)s dates)",
            ],
            "es": [
                "El gráfico en forma de tabla (%(counter)s fecha)",
                "El gráfico en forma de tabla (%(counter)s fechas)",
            ],
            "ru": [
                "График в виде таблицы (%(counter)s дата)",
                "График в виде таблицы (%(counter)s даты)",
                "График в виде таблицы (%(counter)s дат)",
            ],
            "zh_Hans": ["以表格显示图表（%(counter)s 个日期）"],
            "ar": [
                "الرسم البياني في شكل جدول (%(counter)s تاريخ)",
                "الرسم البياني في شكل جدول (تاريخ واحد: %(counter)s)",
                "الرسم البياني في شكل جدول (تاريخان: %(counter)s)",
                "الرسم البياني في شكل جدول (%(counter)s تواريخ)",
                "الرسم البياني في شكل جدول (%(counter)s تاريخًا)",
                "الرسم البياني في شكل جدول (%(counter)s تاريخ)",
            ],
        },
    ),
    (
        ("The same figures as a table (%(counter)s country)", "The same figures as a table (%(counter)s countries)"),
        {
            "fr": [
                "Les mêmes chiffres sous forme de tableau (%(counter)s pays)",
                "Les mêmes chiffres sous forme de tableau (%(counter)s pays)",
            ],
            "es": [
                "Las mismas cifras en forma de tabla (%(counter)s país)",
                "Las mismas cifras en forma de tabla (%(counter)s países)",
            ],
            "ru": [
                "Те же данные в виде таблицы (%(counter)s страна)",
                "Те же данные в виде таблицы (%(counter)s страны)",
                "Те же данные в виде таблицы (%(counter)s стран)",
            ],
            "zh_Hans": ["以表格显示相同数据（%(counter)s 个国家）"],
            "ar": [
                "الأرقام نفسها في شكل جدول (%(counter)s بلد)",
                "الأرقام نفسها في شكل جدول (بلد واحد: %(counter)s)",
                "الأرقام نفسها في شكل جدول (بلدان: %(counter)s)",
                "الأرقام نفسها في شكل جدول (%(counter)s بلدان)",
                "الأرقام نفسها في شكل جدول (%(counter)s بلدًا)",
                "الأرقام نفسها في شكل جدول (%(counter)s بلد)",
            ],
        },
    ),
    (
        ("through %(counter)s shared mission", "through %(counter)s shared missions"),
        {
            "fr": ["par %(counter)s mission partagée", "par %(counter)s missions partagées"],
            "es": ["a través de %(counter)s misión compartida", "a través de %(counter)s misiones compartidas"],
            "ru": [
                "через %(counter)s общую миссию",
                "через %(counter)s общие миссии",
                "через %(counter)s общих миссий",
            ],
            "zh_Hans": ["通过 %(counter)s 项共同任务"],
            "ar": [
                "عبر %(counter)s بعثة مشتركة",
                "عبر بعثة مشتركة واحدة (%(counter)s)",
                "عبر بعثتين مشتركتين (%(counter)s)",
                "عبر %(counter)s بعثات مشتركة",
                "عبر %(counter)s بعثةً مشتركة",
                "عبر %(counter)s بعثة مشتركة",
            ],
        },
    ),
    (
        ("agreement", "agreements"),
        {
            "fr": ["accord", "accords"],
            "es": ["acuerdo", "acuerdos"],
            "ru": ["соглашение", "соглашения", "соглашений"],
            "zh_Hans": ["项协定"],
            "ar": ["اتفاق", "اتفاق", "اتفاقان", "اتفاقات", "اتفاقًا", "اتفاق"],
        },
    ),
    (
        ("country", "countries"),
        {
            "fr": ["pays", "pays"],
            "es": ["país", "países"],
            "ru": ["страна", "страны", "стран"],
            "zh_Hans": ["个国家"],
            "ar": ["بلد", "بلد", "بلدان", "بلدان", "بلدًا", "بلد"],
        },
    ),
    (
        ("mission", "missions"),
        {
            "fr": ["mission", "missions"],
            "es": ["misión", "misiones"],
            "ru": ["миссия", "миссии", "миссий"],
            "zh_Hans": ["项任务"],
            "ar": ["بعثة", "بعثة", "بعثتان", "بعثات", "بعثةً", "بعثة"],
        },
    ),
    (
        ("organization", "organizations"),
        {
            "fr": ["organisation", "organisations"],
            "es": ["organización", "organizaciones"],
            "ru": ["организация", "организации", "организаций"],
            "zh_Hans": ["个机构"],
            "ar": ["منظمة", "منظمة", "منظمتان", "منظمات", "منظمةً", "منظمة"],
        },
    ),
    (
        ("event", "events"),
        {
            "fr": ["événement", "événements"],
            "es": ["acontecimiento", "acontecimientos"],
            "ru": ["событие", "события", "событий"],
            "zh_Hans": ["个事件"],
            "ar": ["حدث", "حدث", "حدثان", "أحداث", "حدثًا", "حدث"],
        },
    ),
    (
        (
            "<strong>%(counter)s</strong> signatory as of %(date)s",
            "<strong>%(counter)s</strong> signatories as of %(date)s",
        ),
        {
            "fr": [
                "<strong>%(counter)s</strong> signataire au %(date)s",
                "<strong>%(counter)s</strong> signataires au %(date)s",
            ],
            "es": [
                "<strong>%(counter)s</strong> signatario a %(date)s",
                "<strong>%(counter)s</strong> signatarios a %(date)s",
            ],
            "ru": [
                "<strong>%(counter)s</strong> участник на %(date)s",
                "<strong>%(counter)s</strong> участника на %(date)s",
                "<strong>%(counter)s</strong> участников на %(date)s",
            ],
            "zh_Hans": ["截至 %(date)s 共 <strong>%(counter)s</strong> 个签署方"],
            "ar": [
                "<strong>%(counter)s</strong> موقِّع حتى %(date)s",
                "<strong>%(counter)s</strong> موقِّع واحد حتى %(date)s",
                "<strong>%(counter)s</strong> موقِّعان حتى %(date)s",
                "<strong>%(counter)s</strong> موقِّعين حتى %(date)s",
                "<strong>%(counter)s</strong> موقِّعًا حتى %(date)s",
                "<strong>%(counter)s</strong> موقِّع حتى %(date)s",
            ],
        },
    ),
    (
        ("of which %(counter)s party (ratified or acceded)", "of which %(counter)s parties (ratified or acceded)"),
        {
            "fr": [
                "dont %(counter)s partie (ratification ou adhésion)",
                "dont %(counter)s parties (ratification ou adhésion)",
            ],
            "es": [
                "de los cuales %(counter)s parte (ratificación o adhesión)",
                "de los cuales %(counter)s partes (ratificación o adhesión)",
            ],
            "ru": [
                "из них %(counter)s сторона (ратификация или присоединение)",
                "из них %(counter)s стороны (ратификация или присоединение)",
                "из них %(counter)s сторон (ратификация или присоединение)",
            ],
            "zh_Hans": ["其中 %(counter)s 个缔约方（已批准或已加入）"],
            "ar": [
                "منهم %(counter)s طرف (بالتصديق أو الانضمام)",
                "منهم طرف واحد (%(counter)s) (بالتصديق أو الانضمام)",
                "منهم طرفان (%(counter)s) (بالتصديق أو الانضمام)",
                "منهم %(counter)s أطراف (بالتصديق أو الانضمام)",
                "منهم %(counter)s طرفًا (بالتصديق أو الانضمام)",
                "منهم %(counter)s طرف (بالتصديق أو الانضمام)",
            ],
        },
    ),
    (
        ("%(counter)s party", "%(counter)s parties"),
        {
            "fr": ["%(counter)s partie", "%(counter)s parties"],
            "es": ["%(counter)s parte", "%(counter)s partes"],
            "ru": ["%(counter)s сторона", "%(counter)s стороны", "%(counter)s сторон"],
            "zh_Hans": ["%(counter)s 个缔约方"],
            "ar": [
                "%(counter)s طرف",
                "طرف واحد (%(counter)s)",
                "طرفان (%(counter)s)",
                "%(counter)s أطراف",
                "%(counter)s طرفًا",
                "%(counter)s طرف",
            ],
        },
    ),
    (
        ("and %(counter)s further signatory", "and %(counter)s further signatories"),
        {
            "fr": ["et %(counter)s autre signataire", "et %(counter)s autres signataires"],
            "es": ["y %(counter)s signatario más", "y %(counter)s signatarios más"],
            "ru": ["и ещё %(counter)s подписавший", "и ещё %(counter)s подписавших", "и ещё %(counter)s подписавших"],
            "zh_Hans": ["另有 %(counter)s 个签署方"],
            "ar": [
                "و%(counter)s موقِّع آخر",
                "وموقِّع آخر (%(counter)s)",
                "وموقِّعان آخران (%(counter)s)",
                "و%(counter)s موقِّعين آخرين",
                "و%(counter)s موقِّعًا آخر",
                "و%(counter)s موقِّع آخر",
            ],
        },
    ),
    (
        ("%(counter)s country", "%(counter)s countries"),
        {
            "fr": ["%(counter)s pays", "%(counter)s pays"],
            "es": ["%(counter)s país", "%(counter)s países"],
            "ru": ["%(counter)s страна", "%(counter)s страны", "%(counter)s стран"],
            "zh_Hans": ["%(counter)s 个国家"],
            "ar": [
                "%(counter)s بلد",
                "بلد واحد (%(counter)s)",
                "بلدان (%(counter)s)",
                "%(counter)s بلدان",
                "%(counter)s بلدًا",
                "%(counter)s بلد",
            ],
        },
    ),
    (
        ("%(counter)s agreement", "%(counter)s agreements"),
        {
            "fr": ["%(counter)s accord", "%(counter)s accords"],
            "es": ["%(counter)s acuerdo", "%(counter)s acuerdos"],
            "ru": ["%(counter)s соглашение", "%(counter)s соглашения", "%(counter)s соглашений"],
            "zh_Hans": ["%(counter)s 项协定"],
            "ar": [
                "%(counter)s اتفاق",
                "اتفاق واحد (%(counter)s)",
                "اتفاقان (%(counter)s)",
                "%(counter)s اتفاقات",
                "%(counter)s اتفاقًا",
                "%(counter)s اتفاق",
            ],
        },
    ),
    (
        ("in %(counter)s group", "in %(counter)s groups"),
        {
            "fr": ["dans %(counter)s groupe", "dans %(counter)s groupes"],
            "es": ["en %(counter)s grupo", "en %(counter)s grupos"],
            "ru": ["в %(counter)s группе", "в %(counter)s группах", "в %(counter)s группах"],
            "zh_Hans": ["分为 %(counter)s 组"],
            "ar": [
                "في %(counter)s مجموعة",
                "في مجموعة واحدة (%(counter)s)",
                "في مجموعتين (%(counter)s)",
                "في %(counter)s مجموعات",
                "في %(counter)s مجموعةً",
                "في %(counter)s مجموعة",
            ],
        },
    ),
    (
        ("%(counter)s change", "%(counter)s changes"),
        {
            "fr": ["%(counter)s modification", "%(counter)s modifications"],
            "es": ["%(counter)s cambio", "%(counter)s cambios"],
            "ru": ["%(counter)s изменение", "%(counter)s изменения", "%(counter)s изменений"],
            "zh_Hans": ["%(counter)s 项更改"],
            "ar": [
                "%(counter)s تغيير",
                "تغيير واحد (%(counter)s)",
                "تغييران (%(counter)s)",
                "%(counter)s تغييرات",
                "%(counter)s تغييرًا",
                "%(counter)s تغيير",
            ],
        },
    ),
    (
        ("<strong>%(counter)s</strong> signatory listed", "<strong>%(counter)s</strong> signatories listed"),
        {
            "fr": ["<strong>%(counter)s</strong> signataire listé", "<strong>%(counter)s</strong> signataires listés"],
            "es": [
                "<strong>%(counter)s</strong> signatario listado",
                "<strong>%(counter)s</strong> signatarios listados",
            ],
            "ru": [
                "<strong>%(counter)s</strong> участник в списке",
                "<strong>%(counter)s</strong> участника в списке",
                "<strong>%(counter)s</strong> участников в списке",
            ],
            "zh_Hans": ["列出 <strong>%(counter)s</strong> 个签署方"],
            "ar": [
                "<strong>%(counter)s</strong> موقِّع مدرج",
                "<strong>%(counter)s</strong> موقِّع واحد مدرج",
                "<strong>%(counter)s</strong> موقِّعان مدرجان",
                "<strong>%(counter)s</strong> موقِّعين مدرجين",
                "<strong>%(counter)s</strong> موقِّعًا مدرجًا",
                "<strong>%(counter)s</strong> موقِّع مدرج",
            ],
        },
    ),
    (
        ("%(counter)s shared mission", "%(counter)s shared missions"),
        {
            "fr": ["%(counter)s mission partagée", "%(counter)s missions partagées"],
            "es": ["%(counter)s misión compartida", "%(counter)s misiones compartidas"],
            "ru": ["%(counter)s общая миссия", "%(counter)s общие миссии", "%(counter)s общих миссий"],
            "zh_Hans": ["%(counter)s 项共同任务"],
            "ar": [
                "%(counter)s بعثة مشتركة",
                "بعثة مشتركة واحدة (%(counter)s)",
                "بعثتان مشتركتان (%(counter)s)",
                "%(counter)s بعثات مشتركة",
                "%(counter)s بعثةً مشتركة",
                "%(counter)s بعثة مشتركة",
            ],
        },
    ),
    (
        ("%(counter)s signatory", "%(counter)s signatories"),
        {
            "fr": ["%(counter)s signataire", "%(counter)s signataires"],
            "es": ["%(counter)s signatario", "%(counter)s signatarios"],
            "ru": ["%(counter)s участник", "%(counter)s участника", "%(counter)s участников"],
            "zh_Hans": ["%(counter)s 个签署方"],
            "ar": [
                "%(counter)s موقِّع",
                "موقِّع واحد (%(counter)s)",
                "موقِّعان (%(counter)s)",
                "%(counter)s موقِّعين",
                "%(counter)s موقِّعًا",
                "%(counter)s موقِّع",
            ],
        },
    ),
    (
        ("%(counter)s organization", "%(counter)s organizations"),
        {
            "fr": ["%(counter)s organisation", "%(counter)s organisations"],
            "es": ["%(counter)s organización", "%(counter)s organizaciones"],
            "ru": ["%(counter)s организация", "%(counter)s организации", "%(counter)s организаций"],
            "zh_Hans": ["%(counter)s 个机构"],
            "ar": [
                "%(counter)s منظمة",
                "منظمة واحدة (%(counter)s)",
                "منظمتان (%(counter)s)",
                "%(counter)s منظمات",
                "%(counter)s منظمةً",
                "%(counter)s منظمة",
            ],
        },
    ),
    (
        ("%(counter)s link", "%(counter)s links"),
        {
            "fr": ["%(counter)s lien", "%(counter)s liens"],
            "es": ["%(counter)s vínculo", "%(counter)s vínculos"],
            "ru": ["%(counter)s связь", "%(counter)s связи", "%(counter)s связей"],
            "zh_Hans": ["%(counter)s 条连线"],
            "ar": [
                "%(counter)s رابط",
                "رابط واحد (%(counter)s)",
                "رابطان (%(counter)s)",
                "%(counter)s روابط",
                "%(counter)s رابطًا",
                "%(counter)s رابط",
            ],
        },
    ),
    (
        ("%(counter)s CSV file", "%(counter)s CSV files"),
        {
            "fr": ["%(counter)s fichier CSV", "%(counter)s fichiers CSV"],
            "es": ["%(counter)s archivo CSV", "%(counter)s archivos CSV"],
            "ru": ["%(counter)s файл CSV", "%(counter)s файла CSV", "%(counter)s файлов CSV"],
            "zh_Hans": ["%(counter)s 个 CSV 文件"],
            "ar": [
                "%(counter)s ملف بصيغة CSV",
                "ملف واحد بصيغة CSV (%(counter)s)",
                "ملفان بصيغة CSV (%(counter)s)",
                "%(counter)s ملفات بصيغة CSV",
                "%(counter)s ملفًا بصيغة CSV",
                "%(counter)s ملف بصيغة CSV",
            ],
        },
    ),
    (
        ("%(country)s: %(count)s agreement signed", "%(country)s: %(count)s agreements signed"),
        {
            "fr": ["%(country)s : %(count)s accord signé", "%(country)s : %(count)s accords signés"],
            "es": ["%(country)s: %(count)s acuerdo firmado", "%(country)s: %(count)s acuerdos firmados"],
            "ru": [
                "%(country)s: подписано %(count)s соглашение",
                "%(country)s: подписано %(count)s соглашения",
                "%(country)s: подписано %(count)s соглашений",
            ],
            "zh_Hans": ["%(country)s：已签署 %(count)s 项协定"],
            "ar": [
                "%(country)s: %(count)s اتفاق موقَّع",
                "%(country)s: اتفاق واحد موقَّع (%(count)s)",
                "%(country)s: اتفاقان موقَّعان (%(count)s)",
                "%(country)s: %(count)s اتفاقات موقَّعة",
                "%(country)s: %(count)s اتفاقًا موقَّعًا",
                "%(country)s: %(count)s اتفاق موقَّع",
            ],
        },
    ),
    (
        (
            "%(country)s: %(count)s mission through its organizations",
            "%(country)s: %(count)s missions through its organizations",
        ),
        {
            "fr": [
                "%(country)s : %(count)s mission par ses organisations",
                "%(country)s : %(count)s missions par ses organisations",
            ],
            "es": [
                "%(country)s: %(count)s misión a través de sus organizaciones",
                "%(country)s: %(count)s misiones a través de sus organizaciones",
            ],
            "ru": [
                "%(country)s: %(count)s миссия через организации страны",
                "%(country)s: %(count)s миссии через организации страны",
                "%(country)s: %(count)s миссий через организации страны",
            ],
            "zh_Hans": ["%(country)s：通过其机构参与 %(count)s 项任务"],
            "ar": [
                "%(country)s: %(count)s بعثة عبر منظماته",
                "%(country)s: بعثة واحدة عبر منظماته (%(count)s)",
                "%(country)s: بعثتان عبر منظماته (%(count)s)",
                "%(country)s: %(count)s بعثات عبر منظماته",
                "%(country)s: %(count)s بعثةً عبر منظماته",
                "%(country)s: %(count)s بعثة عبر منظماته",
            ],
        },
    ),
    (
        (
            "%(source)s – %(target)s: %(count)s shared mission (%(missions)s)",
            "%(source)s – %(target)s: %(count)s shared missions (%(missions)s)",
        ),
        {
            "fr": [
                "%(source)s – %(target)s : %(count)s mission partagée (%(missions)s)",
                "%(source)s – %(target)s : %(count)s missions partagées (%(missions)s)",
            ],
            "es": [
                "%(source)s – %(target)s: %(count)s misión compartida (%(missions)s)",
                "%(source)s – %(target)s: %(count)s misiones compartidas (%(missions)s)",
            ],
            "ru": [
                "%(source)s – %(target)s: %(count)s общая миссия (%(missions)s)",
                "%(source)s – %(target)s: %(count)s общие миссии (%(missions)s)",
                "%(source)s – %(target)s: %(count)s общих миссий (%(missions)s)",
            ],
            "zh_Hans": ["%(source)s – %(target)s：%(count)s 项共同任务（%(missions)s）"],
            "ar": [
                "%(source)s – %(target)s: %(count)s بعثة مشتركة (%(missions)s)",
                "%(source)s – %(target)s: بعثة مشتركة واحدة (%(count)s): %(missions)s",
                "%(source)s – %(target)s: بعثتان مشتركتان (%(count)s): %(missions)s",
                "%(source)s – %(target)s: %(count)s بعثات مشتركة (%(missions)s)",
                "%(source)s – %(target)s: %(count)s بعثةً مشتركة (%(missions)s)",
                "%(source)s – %(target)s: %(count)s بعثة مشتركة (%(missions)s)",
            ],
        },
    ),
    (
        ("%(name)s, %(count)s mission, %(kind)s", "%(name)s, %(count)s missions, %(kind)s"),
        {
            "fr": ["%(name)s, %(count)s mission, %(kind)s", "%(name)s, %(count)s missions, %(kind)s"],
            "es": ["%(name)s, %(count)s misión, %(kind)s", "%(name)s, %(count)s misiones, %(kind)s"],
            "ru": [
                "%(name)s, %(count)s миссия, %(kind)s",
                "%(name)s, %(count)s миссии, %(kind)s",
                "%(name)s, %(count)s миссий, %(kind)s",
            ],
            "zh_Hans": ["%(name)s，%(count)s 项任务，%(kind)s"],
            "ar": [
                "%(name)s، %(count)s بعثة، %(kind)s",
                "%(name)s، بعثة واحدة (%(count)s)، %(kind)s",
                "%(name)s، بعثتان (%(count)s)، %(kind)s",
                "%(name)s، %(count)s بعثات، %(kind)s",
                "%(name)s، %(count)s بعثةً، %(kind)s",
                "%(name)s، %(count)s بعثة، %(kind)s",
            ],
        },
    ),
    (
        ("%(name)s — %(country)s (%(count)s mission)", "%(name)s — %(country)s (%(count)s missions)"),
        {
            "fr": ["%(name)s — %(country)s (%(count)s mission)", "%(name)s — %(country)s (%(count)s missions)"],
            "es": ["%(name)s — %(country)s (%(count)s misión)", "%(name)s — %(country)s (%(count)s misiones)"],
            "ru": [
                "%(name)s — %(country)s (%(count)s миссия)",
                "%(name)s — %(country)s (%(count)s миссии)",
                "%(name)s — %(country)s (%(count)s миссий)",
            ],
            "zh_Hans": ["%(name)s — %(country)s（%(count)s 项任务）"],
            "ar": [
                "%(name)s — %(country)s (%(count)s بعثة)",
                "%(name)s — %(country)s (بعثة واحدة: %(count)s)",
                "%(name)s — %(country)s (بعثتان: %(count)s)",
                "%(name)s — %(country)s (%(count)s بعثات)",
                "%(name)s — %(country)s (%(count)s بعثةً)",
                "%(name)s — %(country)s (%(count)s بعثة)",
            ],
        },
    ),
    (
        ("%(name)s (%(count)s mission)", "%(name)s (%(count)s missions)"),
        {
            "fr": ["%(name)s (%(count)s mission)", "%(name)s (%(count)s missions)"],
            "es": ["%(name)s (%(count)s misión)", "%(name)s (%(count)s misiones)"],
            "ru": ["%(name)s (%(count)s миссия)", "%(name)s (%(count)s миссии)", "%(name)s (%(count)s миссий)"],
            "zh_Hans": ["%(name)s（%(count)s 项任务）"],
            "ar": [
                "%(name)s (%(count)s بعثة)",
                "%(name)s (بعثة واحدة: %(count)s)",
                "%(name)s (بعثتان: %(count)s)",
                "%(name)s (%(count)s بعثات)",
                "%(name)s (%(count)s بعثةً)",
                "%(name)s (%(count)s بعثة)",
            ],
        },
    ),
]


def rows() -> list[tuple[str, ...]]:
    """The blocks as (English, fr, es, ru, zh_Hans, ar) rows."""
    result = []
    for block in BLOCKS.strip().split("\n--\n"):
        lines = block.strip("\n").split("\n")
        if len(lines) != 6:
            raise ValueError(f"A block needs 6 lines (English and five languages): {lines[:1]}")
        result.append(tuple(lines))
    return result


BLOCKS += r"""
--
Sources disagree (on the record or one of its rows)
Sources divergentes (sur la fiche ou l'une de ses lignes)
Fuentes discrepantes (en el registro o en una de sus filas)
Источники расходятся (в записи или в одной из её строк)
来源不一致（记录本身或其某一行）
مصادر مختلفة (في السجل أو في أحد صفوفه)
--
The end year (%(end)s) is before the start year (%(start)s).
L'année de fin (%(end)s) est antérieure à l'année de début (%(start)s).
El año final (%(end)s) es anterior al año inicial (%(start)s).
Конечный год (%(end)s) раньше начального (%(start)s).
结束年份（%(end)s）早于起始年份（%(start)s）。
سنة النهاية (%(end)s) تسبق سنة البداية (%(start)s).
--
Name
Nom
Nombre
Название
名称
الاسم
--
Acronym
Sigle
Sigla
Аббревиатура
缩写
الاختصار
--
Code
Code
Código
Код
代码
الرمز
--
Start date
Date de début
Fecha de inicio
Дата начала
开始日期
تاريخ البداية
--
End date
Date de fin
Fecha de fin
Дата окончания
结束日期
تاريخ النهاية
--
Signatory count
Nombre de signataires
Número de signatarios
Число участников
签署方数量
عدد الموقِّعين
--
Order
Ordre
Orden
Порядок
顺序
الترتيب
--
Title
Titre
Título
Заголовок
标题
العنوان
--
Updated at
Mis à jour le
Actualizado el
Обновлено
更新时间
تاريخ التحديث
--
{label} (descending)
{label} (décroissant)
{label} (descendente)
{label} (по убыванию)
{label}（降序）
{label} (تنازليًا)
--
Enter a year (2000), a month (2000-06) or a date (2000-06-30).
Saisissez une année (2000), un mois (2000-06) ou une date (2000-06-30).
Introduzca un año (2000), un mes (2000-06) o una fecha (2000-06-30).
Введите год (2000), месяц (2000-06) или дату (2000-06-30).
请输入年份（2000）、月份（2000-06）或日期（2000-06-30）。
أدخل سنة (2000) أو شهرًا (2000-06) أو تاريخًا (2000-06-30).
--
Enter a year between %(min)s and %(max)s.
Saisissez une année entre %(min)s et %(max)s.
Introduzca un año entre %(min)s y %(max)s.
Введите год от %(min)s до %(max)s.
请输入 %(min)s 至 %(max)s 之间的年份。
أدخل سنة بين %(min)s و%(max)s.
--
Enter a valid slug (letters, digits, hyphens and underscores).
Saisissez un identifiant valide (lettres, chiffres, traits d'union et tirets bas).
Introduzca un identificador válido (letras, cifras, guiones y guiones bajos).
Введите допустимый идентификатор (буквы, цифры, дефисы и подчёркивания).
请输入有效的标识（字母、数字、连字符和下划线）。
أدخل معرِّفًا صالحًا (حروف وأرقام وشرطات وشرطات سفلية).
--
Enter a two-letter ISO 3166-1 code.
Saisissez un code ISO 3166-1 à deux lettres.
Introduzca un código ISO 3166-1 de dos letras.
Введите двухбуквенный код ISO 3166-1.
请输入两个字母的 ISO 3166-1 代码。
أدخل رمز ISO 3166-1 من حرفين.
--
Default order
Ordre par défaut
Orden predeterminado
Порядок по умолчанию
默认顺序
الترتيب الافتراضي
--
%(label)s: slug or code
%(label)s : identifiant ou code
%(label)s: identificador o código
%(label)s: идентификатор или код
%(label)s：标识或代码
%(label)s: المعرِّف أو الرمز
--
Featured
À la une
Destacados
Избранные
精选
مميَّزة
--
Not visible to the public
Non visible du public
No visible para el público
Не видно посетителям
公众不可见
غير مرئي للجمهور
--
Questions
Questions
Preguntas
Вопросы
问题
الأسئلة
--
%(key)s or -%(key)s
%(key)s ou -%(key)s
%(key)s o -%(key)s
%(key)s или -%(key)s
%(key)s 或 -%(key)s
%(key)s أو -%(key)s
--
Every published record of the Space Cooperation Atlas as CSV tables in a Frictionless Data Package.
Toutes les fiches publiées de l'Atlas de la coopération spatiale, en tables CSV réunies dans un Frictionless Data Package.
Todos los registros publicados del Atlas de la Cooperación Espacial, en tablas CSV reunidas en un Frictionless Data Package.
Все опубликованные записи Атласа космического сотрудничества в виде таблиц CSV в пакете Frictionless Data Package.
太空合作图集的全部已发布记录，以 CSV 表格形式收入一个 Frictionless 数据包（Frictionless Data Package）。
جميع السجلات المنشورة في أطلس التعاون الفضائي في صورة جداول CSV ضمن حزمة بيانات Frictionless (Frictionless Data Package).
--
Data package descriptor
Descripteur du paquet de données
Descriptor del paquete de datos
Дескриптор пакета данных
数据包描述文件
واصف حزمة البيانات
--
Every published record of the Atlas — organizations, countries, missions, agreements and their signatory rows, events, topics, guides and questions — with the links between them and the sources each one cites, as CSV tables described by a <a href="https://datapackage.org/">Frictionless Data Package</a>. Drafts are never included.
Toutes les fiches publiées de l'Atlas — organisations, pays, missions, accords et leurs lignes de signataires, événements, thèmes, guides et questions —, avec les liens qui les unissent et les sources que chacune cite, en tables CSV décrites par un <a href="https://datapackage.org/">Frictionless Data Package</a>. Les brouillons n'y figurent jamais.
Todos los registros publicados del Atlas —organizaciones, países, misiones, acuerdos y sus filas de signatarios, acontecimientos, temas, guías y preguntas—, con los vínculos entre ellos y las fuentes que cita cada uno, en tablas CSV descritas por un <a href="https://datapackage.org/">Frictionless Data Package</a>. Los borradores nunca se incluyen.
Все опубликованные записи Атласа — организации, страны, миссии, соглашения и строки их участников, события, темы, обзоры и вопросы — со связями между ними и источниками, на которые ссылается каждая запись, в виде таблиц CSV, описанных пакетом <a href="https://datapackage.org/">Frictionless Data Package</a>. Черновики не включаются никогда.
图集的全部已发布记录——机构、国家、任务、协定及其签署方行、事件、主题、指南和问题——连同记录之间的关联和每条记录引用的来源，以 CSV 表格形式提供，并由 <a href="https://datapackage.org/">Frictionless 数据包</a>加以描述。草稿从不收录。
جميع السجلات المنشورة في الأطلس — المنظمات والبلدان والبعثات والاتفاقات وصفوف الموقِّعين عليها والأحداث والمواضيع والأدلة والأسئلة — مع الروابط بينها والمصادر التي يستشهد بها كل سجل، في صورة جداول CSV تصفها <a href="https://datapackage.org/">حزمة بيانات Frictionless</a>. ولا تُدرَج المسودات أبدًا.
--
Version
Version
Versión
Версия
版本
الإصدار
--
the data's last change, <time datetime="%(version)s">%(version)s</time>
la dernière modification des données, <time datetime="%(version)s">%(version)s</time>
la última modificación de los datos, <time datetime="%(version)s">%(version)s</time>
последнее изменение данных, <time datetime="%(version)s">%(version)s</time>
数据的最后更改时间，<time datetime="%(version)s">%(version)s</time>
آخر تغيير في البيانات، <time datetime="%(version)s">%(version)s</time>
--
Licence
Licence
Licencia
Лицензия
许可协议
الترخيص
--
every file below in one archive (%(size)s)
tous les fichiers ci-dessous en une seule archive (%(size)s)
todos los archivos de abajo en un único archivo comprimido (%(size)s)
все файлы ниже в одном архиве (%(size)s)
下列所有文件打包为一个压缩文件（%(size)s）
جميع الملفات أدناه في أرشيف واحد (%(size)s)
--
the descriptor: each table's columns, types, keys and foreign keys (%(size)s)
le descripteur : colonnes, types, clés et clés étrangères de chaque table (%(size)s)
el descriptor: columnas, tipos, claves y claves foráneas de cada tabla (%(size)s)
дескриптор: столбцы, типы, ключи и внешние ключи каждой таблицы (%(size)s)
描述文件：每张表的列、类型、键和外键（%(size)s）
الواصف: أعمدة كل جدول وأنواعها ومفاتيحه ومفاتيحه الخارجية (%(size)s)
--
Load it in pandas
Le charger dans pandas
Cargarlo en pandas
Загрузка в pandas
在 pandas 中加载
تحميله في pandas
--
or one table straight from its address:
ou une seule table, directement depuis son adresse :
o una sola tabla, directamente desde su dirección:
или одну таблицу прямо по её адресу:
或直接从地址读取单张表：
أو جدول واحد مباشرةً من عنوانه:
--
With the <a href="https://framework.frictionlessdata.io/">frictionless</a> library (<code>pip install "frictionless[pandas]"</code>): <code>frictionless validate %(base)sdatapackage.json</code>, or <code>frictionless.Package("%(base)sdatapackage.json").get_resource("events").to_pandas()</code>.
Avec la bibliothèque <a href="https://framework.frictionlessdata.io/">frictionless</a> (<code>pip install "frictionless[pandas]"</code>) : <code>frictionless validate %(base)sdatapackage.json</code>, ou <code>frictionless.Package("%(base)sdatapackage.json").get_resource("events").to_pandas()</code>.
Con la biblioteca <a href="https://framework.frictionlessdata.io/">frictionless</a> (<code>pip install "frictionless[pandas]"</code>): <code>frictionless validate %(base)sdatapackage.json</code>, o <code>frictionless.Package("%(base)sdatapackage.json").get_resource("events").to_pandas()</code>.
С библиотекой <a href="https://framework.frictionlessdata.io/">frictionless</a> (<code>pip install "frictionless[pandas]"</code>): <code>frictionless validate %(base)sdatapackage.json</code> или <code>frictionless.Package("%(base)sdatapackage.json").get_resource("events").to_pandas()</code>.
使用 <a href="https://framework.frictionlessdata.io/">frictionless</a> 库（<code>pip install "frictionless[pandas]"</code>）：<code>frictionless validate %(base)sdatapackage.json</code>，或 <code>frictionless.Package("%(base)sdatapackage.json").get_resource("events").to_pandas()</code>。
باستخدام مكتبة <a href="https://framework.frictionlessdata.io/">frictionless</a> (<code>pip install "frictionless[pandas]"</code>): <code>frictionless validate %(base)sdatapackage.json</code>، أو <code>frictionless.Package("%(base)sdatapackage.json").get_resource("events").to_pandas()</code>.
--
The tables
Les tables
Las tablas
Таблицы
数据表
الجداول
--
File
Fichier
Archivo
Файл
文件
الملف
--
What it holds
Contenu
Contenido
Содержимое
内容
المحتوى
--
Rows
Lignes
Filas
Строки
行数
الصفوف
--
Size
Taille
Tamaño
Размер
大小
الحجم
--
Dates known only to the year or month are given as their first day, with the precision (<code>year</code>, <code>month</code>, <code>day</code>) in the next column. Signatory, participation and membership rows are keyed by the same <code>id</code> as in the API (<code>/api/v1/signatories/</code>).
Les dates connues seulement à l'année ou au mois sont données par leur premier jour, avec la précision (<code>year</code>, <code>month</code>, <code>day</code>) dans la colonne suivante. Les lignes de signataires, de participations et d'adhésions ont pour clé le même <code>id</code> que dans l'API (<code>/api/v1/signatories/</code>).
Las fechas conocidas solo por el año o el mes se dan con su primer día, con la precisión (<code>year</code>, <code>month</code>, <code>day</code>) en la columna siguiente. Las filas de signatarios, participaciones y membresías tienen como clave el mismo <code>id</code> que en la API (<code>/api/v1/signatories/</code>).
Даты, известные только с точностью до года или месяца, указаны первым днём периода, а точность (<code>year</code>, <code>month</code>, <code>day</code>) — в следующем столбце. Строки участников, участий и членства имеют тот же ключ <code>id</code>, что и в API (<code>/api/v1/signatories/</code>).
仅知年份或月份的日期以该年或该月的第一天表示，精度（<code>year</code>、<code>month</code>、<code>day</code>）见下一列。签署方、参与和成员资格行以与 API 相同的 <code>id</code> 为键（<code>/api/v1/signatories/</code>）。
التواريخ المعروفة بالسنة أو الشهر فقط تُعطى بأول يوم منها، مع الدقة (<code>year</code> أو <code>month</code> أو <code>day</code>) في العمود التالي. وصفوف الموقِّعين والمشاركات والعضويات مفهرسة بالمعرِّف <code>id</code> نفسه المستخدم في الواجهة البرمجية (<code>/api/v1/signatories/</code>).
--
Collaboration network: %(organizations)s, %(links)s
Réseau de collaboration : %(organizations)s, %(links)s
Red de colaboración: %(organizations)s, %(links)s
Сеть сотрудничества: %(organizations)s, %(links)s
合作网络：%(organizations)s，%(links)s
شبكة التعاون: %(organizations)s، %(links)s
--
Zoom in
Zoom avant
Acercar
Увеличить
放大
تكبير
--
Zoom out
Zoom arrière
Alejar
Уменьшить
缩小
تصغير
--
Reset
Réinitialiser
Restablecer
Сбросить
重置
إعادة الضبط
--
Reset the view
Réinitialiser la vue
Restablecer la vista
Сбросить вид
重置视图
إعادة ضبط العرض
--
The network could not be drawn (%(error)s); the table below lists the same links.
Le réseau n'a pas pu être dessiné (%(error)s) ; le tableau ci-dessous donne les mêmes liens.
No se ha podido dibujar la red (%(error)s); la tabla de abajo recoge los mismos vínculos.
Не удалось построить сеть (%(error)s); в таблице ниже — те же связи.
无法绘制网络（%(error)s）；下表列出了相同的连线。
تعذّر رسم الشبكة (%(error)s)؛ يسرد الجدول أدناه الروابط نفسها.
--
%(country)s: %(agreement)s signatory since %(date)s
%(country)s : signataire de « %(agreement)s » depuis le %(date)s
%(country)s: signatario de «%(agreement)s» desde el %(date)s
%(country)s: участник «%(agreement)s» с %(date)s
%(country)s：自%(date)s起为《%(agreement)s》签署方
%(country)s: موقِّع على %(agreement)s منذ %(date)s
--
%(country)s: %(agreement)s signatory (date not known)
%(country)s : signataire de « %(agreement)s » (date inconnue)
%(country)s: signatario de «%(agreement)s» (fecha desconocida)
%(country)s: участник «%(agreement)s» (дата неизвестна)
%(country)s：《%(agreement)s》签署方（日期不详）
%(country)s: موقِّع على %(agreement)s (التاريخ غير معروف)
--
%(country)s: not a %(agreement)s signatory
%(country)s : non signataire de « %(agreement)s »
%(country)s: no es signatario de «%(agreement)s»
%(country)s: не участник «%(agreement)s»
%(country)s：非《%(agreement)s》签署方
%(country)s: ليس موقِّعًا على %(agreement)s
--
%(country)s: no record in the Atlas
%(country)s : aucune fiche dans l'Atlas
%(country)s: ningún registro en el Atlas
%(country)s: нет записи в Атласе
%(country)s：图集中无记录
%(country)s: لا سجل في الأطلس
--
Not a signatory
Non signataire
No signatario
Не участник
非签署方
غير موقِّع
--
No record
Aucune fiche
Sin registro
Нет записи
无记录
لا سجل
--
World map of cooperation measures by country
Carte du monde des mesures de coopération par pays
Mapa mundial de las medidas de cooperación por país
Карта мира: показатели сотрудничества по странам
各国合作指标世界地图
خريطة العالم لمقاييس التعاون حسب البلد
--
The map could not be drawn (%(error)s); the table below has the same figures.
La carte n'a pas pu être dessinée (%(error)s) ; le tableau ci-dessous donne les mêmes chiffres.
No se ha podido dibujar el mapa (%(error)s); la tabla de abajo tiene las mismas cifras.
Не удалось построить карту (%(error)s); в таблице ниже — те же данные.
无法绘制地图（%(error)s）；下表列出了相同的数据。
تعذّر رسم الخريطة (%(error)s)؛ يعرض الجدول أدناه الأرقام نفسها.
"""

# The words of the timeline and signatory-growth charts (catalog/visuals/labels.py).
BLOCKS += r"""
--
Space race
La course à l'espace
La carrera espacial
Космическая гонка
太空竞赛
سباق الفضاء
--
Détente and the Shuttle
La détente et la navette spatiale
La distensión y el transbordador
Разрядка и «Шаттл»
缓和与航天飞机
الانفراج والمكوك الفضائي
--
The ISS era
L'ère de l'ISS
La era de la ISS
Эпоха МКС
国际空间站时代
عصر محطة الفضاء الدولية
--
Artemis and after
Artemis et au-delà
Artemis y después
«Артемида» и далее
阿尔忒弥斯及以后
أرتميس وما بعده
--
All years
Toutes les années
Todos los años
Все годы
所有年份
كل السنوات
--
No event to show on the timeline.
Aucun événement à afficher sur la frise.
Ningún acontecimiento que mostrar en la cronología.
На шкале времени нет событий.
时间轴上没有可显示的事件。
لا توجد أحداث لعرضها على الخط الزمني.
--
Step chart of cumulative signatories; the table below has the same figures
Graphique en escalier des signataires cumulés ; le tableau ci-dessous donne les mêmes chiffres
Gráfico escalonado de signatarios acumulados; la tabla de abajo tiene las mismas cifras
Ступенчатый график накопленного числа подписантов; в таблице ниже — те же данные
累计签署方阶梯图；下表列出了相同的数据
مخطط درجي للموقِّعين التراكميين؛ يعرض الجدول أدناه الأرقام نفسها
"""

PLURALS += [
    (
        (
            "The picture shows the events on this page of the list: %(count)s of the %(total)s event that match.",
            "The picture shows the events on this page of the list: %(count)s of the %(total)s events that match.",
        ),
        {
            "fr": [
                "L'image montre les événements de cette page de la liste : %(count)s sur %(total)s événement correspondant.",
                "L'image montre les événements de cette page de la liste : %(count)s sur %(total)s événements correspondants.",
            ],
            "es": [
                "La imagen muestra los acontecimientos de esta página de la lista: %(count)s de %(total)s acontecimiento que coincide.",
                "La imagen muestra los acontecimientos de esta página de la lista: %(count)s de los %(total)s acontecimientos que coinciden.",
            ],
            "ru": [
                "На рисунке — события этой страницы списка: %(count)s из %(total)s подходящего события.",
                "На рисунке — события этой страницы списка: %(count)s из %(total)s подходящих событий.",
                "На рисунке — события этой страницы списка: %(count)s из %(total)s подходящих событий.",
            ],
            "zh_Hans": ["图中显示列表本页的事件：共 %(total)s 个匹配事件中的 %(count)s 个。"],
            "ar": ["تعرض الصورة أحداث هذه الصفحة من القائمة: %(count)s من أصل %(total)s من الأحداث المطابقة."] * 6,
        },
    ),
    (
        ("Timeline of %(count)s event, %(from)s to %(to)s", "Timeline of %(count)s events, %(from)s to %(to)s"),
        {
            "fr": [
                "Frise de %(count)s événement, de %(from)s à %(to)s",
                "Frise de %(count)s événements, de %(from)s à %(to)s",
            ],
            "es": [
                "Cronología de %(count)s acontecimiento, de %(from)s a %(to)s",
                "Cronología de %(count)s acontecimientos, de %(from)s a %(to)s",
            ],
            "ru": [
                "Шкала времени: %(count)s событие, %(from)s–%(to)s",
                "Шкала времени: %(count)s события, %(from)s–%(to)s",
                "Шкала времени: %(count)s событий, %(from)s–%(to)s",
            ],
            "zh_Hans": ["%(count)s 个事件的时间轴（%(from)s–%(to)s 年）"],
            "ar": ["الخط الزمني لـ %(count)s من الأحداث، من %(from)s إلى %(to)s"] * 6,
        },
    ),
    (
        ("%(date)s: %(count)s signatory", "%(date)s: %(count)s signatories"),
        {
            "fr": ["%(date)s : %(count)s signataire", "%(date)s : %(count)s signataires"],
            "es": ["%(date)s: %(count)s signatario", "%(date)s: %(count)s signatarios"],
            "ru": [
                "%(date)s: %(count)s подписант",
                "%(date)s: %(count)s подписанта",
                "%(date)s: %(count)s подписантов",
            ],
            "zh_Hans": ["%(date)s：%(count)s 个签署方"],
            "ar": ["%(date)s: عدد الموقِّعين %(count)s"] * 6,
        },
    ),
    (
        ("%(date)s: %(count)s party", "%(date)s: %(count)s parties"),
        {
            "fr": ["%(date)s : %(count)s partie", "%(date)s : %(count)s parties"],
            "es": ["%(date)s: %(count)s parte", "%(date)s: %(count)s partes"],
            "ru": ["%(date)s: %(count)s сторона", "%(date)s: %(count)s стороны", "%(date)s: %(count)s сторон"],
            "zh_Hans": ["%(date)s：%(count)s 个缔约方"],
            "ar": ["%(date)s: عدد الأطراف %(count)s"] * 6,
        },
    ),
]


# The change log's words (coop_site/records/history.py) and the field labels it names
# (catalog/field_labels.py, timeline/field_labels.py).
BLOCKS += r"""
--
ID
identifiant
identificador
идентификатор
ID
المعرّف
--
Wikidata ID
identifiant Wikidata
identificador de Wikidata
идентификатор Викиданных
Wikidata 标识符
معرّف ويكي بيانات
--
acronym
sigle
sigla
аббревиатура
缩写
الاختصار
--
adopted on
adopté le
adoptado el
дата принятия
通过日期
تاريخ الاعتماد
--
agreement
accord
acuerdo
соглашение
协定
الاتفاق
--
answer
réponse
respuesta
ответ
回答
الإجابة
--
binding
contraignant
vinculante
обязательность
约束力
الطابع الملزم
--
body
texte
cuerpo
текст
正文
النص
--
code
code
código
код
代码
الرمز
--
contribution
contribution
contribución
вклад
贡献
المساهمة
--
country
pays
país
страна
国家
البلد
--
created at
créé le
creado el
дата создания
创建时间
تاريخ الإنشاء
--
depositary
dépositaire
depositario
депозитарий
保存人
جهة الإيداع
--
destination
destination
destino
цель полёта
目的地
الوجهة
--
disputes
divergences
discrepancias
расхождения
争议
الخلافات
--
end date
date de fin
fecha de fin
дата окончания
结束日期
تاريخ الانتهاء
--
end precision
précision de la date de fin
precisión de la fecha de fin
точность даты окончания
结束日期精度
دقة تاريخ الانتهاء
--
entered into force
entrée en vigueur
entrada en vigor
вступление в силу
生效日期
تاريخ بدء النفاذ
--
founded
fondation
fundación
дата основания
成立日期
تاريخ التأسيس
--
founded precision
précision de la date de fondation
precisión de la fecha de fundación
точность даты основания
成立日期精度
دقة تاريخ التأسيس
--
historical
historique
histórico
историческое государство
历史国家
تاريخي
--
joined counts from
adhésion comptée à partir de
adhesión contada desde
членство учитывается с
加入计算起始日
يُحتسب الانضمام من
--
joined on
adhésion le
adhesión el
дата вступления
加入日期
تاريخ الانضمام
--
joined precision
précision de la date d'adhésion
precisión de la fecha de adhesión
точность даты вступления
加入日期精度
دقة تاريخ الانضمام
--
kind
type
tipo
вид
类型
النوع
--
left counts from
départ compté à partir de
salida contada desde
выход учитывается с
退出计算起始日
يُحتسب الخروج من
--
left on
départ le
salida el
дата выхода
退出日期
تاريخ الخروج
--
left precision
précision de la date de départ
precisión de la fecha de salida
точность даты выхода
退出日期精度
دقة تاريخ الخروج
--
member countries
pays membres
países miembros
государства-члены
成员国
البلدان الأعضاء
--
mission
mission
misión
миссия
任务
البعثة
--
name
nom
nombre
название
名称
الاسم
--
notes
notes
notas
примечания
备注
الملاحظات
--
official name
nom officiel
nombre oficial
официальное название
正式名称
الاسم الرسمي
--
opened for signature
ouverture à la signature
apertura a la firma
открытие для подписания
开放签署日期
تاريخ فتح باب التوقيع
--
order
ordre
orden
порядок
顺序
الترتيب
--
organization
organisation
organización
организация
机构
المنظمة
--
parent
organisation mère
organización matriz
вышестоящая организация
上级机构
المنظمة الأم
--
publication status
statut de publication
estado de publicación
статус публикации
发布状态
حالة النشر
--
published country signature count
nombre de pays signataires publiés
número de países signatarios publicados
число опубликованных стран-подписантов
已发布签署国数量
عدد البلدان الموقِّعة المنشورة
--
published partner count
nombre de partenaires publiés
número de socios publicados
число опубликованных партнёров
已发布合作方数量
عدد الشركاء المنشورين
--
question
question
pregunta
вопрос
问题
السؤال
--
ratified / acceded on
ratification / adhésion le
ratificación / adhesión el
дата ратификации / присоединения
批准/加入日期
تاريخ التصديق / الانضمام
--
ratified counts from
ratification comptée à partir de
ratificación contada desde
ратификация учитывается с
批准计算起始日
يُحتسب التصديق من
--
ratified precision
précision de la date de ratification
precisión de la fecha de ratificación
точность даты ратификации
批准日期精度
دقة تاريخ التصديق
--
region
région
región
регион
地区
المنطقة
--
reported as of
déclaré à la date du
declarado a fecha de
по данным на
报告截至日期
المُبلَّغ عنه حتى تاريخ
--
reported parties
parties déclarées
partes declaradas
заявленные стороны
报告的缔约方
الأطراف المُبلَّغ عنها
--
reported signatories
signataires déclarés
signatarios declarados
заявленные подписанты
报告的签署方
الموقِّعون المُبلَّغ عنهم
--
reported source
source de la déclaration
fuente de la declaración
источник данных
报告来源
مصدر البلاغ
--
role
rôle
función
роль
角色
الدور
--
short name
nom court
nombre corto
краткое название
简称
الاسم المختصر
--
signed counts from
signature comptée à partir de
firma contada desde
подписание учитывается с
签署计算起始日
يُحتسب التوقيع من
--
signed on
signé le
firmado el
дата подписания
签署日期
تاريخ التوقيع
--
signed precision
précision de la date de signature
precisión de la fecha de firma
точность даты подписания
签署日期精度
دقة تاريخ التوقيع
--
slug
identifiant d'URL
identificador de URL
идентификатор в URL
URL 标识
معرّف الرابط
--
sources
sources
fuentes
источники
来源
المصادر
--
standfirst
chapeau
entradilla
лид
导语
المقدمة
--
start date
date de début
fecha de inicio
дата начала
开始日期
تاريخ البدء
--
start precision
précision de la date de début
precisión de la fecha de inicio
точность даты начала
开始日期精度
دقة تاريخ البدء
--
status
statut
estado
статус
状态
الحالة
--
status note
note sur le statut
nota sobre el estado
примечание о статусе
状态说明
ملاحظة الحالة
--
summary
résumé
resumen
краткое описание
摘要
الملخص
--
text url
URL du texte
URL del texto
URL текста
文本网址
رابط النص
--
title
titre
título
заголовок
标题
العنوان
--
topics
thèmes
temas
темы
主题
الموضوعات
--
updated at
mis à jour le
actualizado el
дата обновления
更新时间
تاريخ التحديث
--
version
version
versión
версия
版本
الإصدار
--
website
site web
sitio web
веб-сайт
网站
الموقع الإلكتروني
--
withdrawn counts from
retrait compté à partir de
retirada contada desde
выход из договора учитывается с
退约计算起始日
يُحتسب الانسحاب من
--
withdrawn on
retrait le
retirada el
дата выхода из договора
退约日期
تاريخ الانسحاب
--
withdrawn precision
précision de la date de retrait
precisión de la fecha de retirada
точность даты выхода из договора
退约日期精度
دقة تاريخ الانسحاب
--
date
date
fecha
дата
日期
التاريخ
--
date precision
précision de la date
precisión de la fecha
точность даты
日期精度
دقة التاريخ
--
added to the Atlas
ajouté à l'Atlas
añadido al Atlas
добавлено в Атлас
已添加到图集
أُضيف إلى الأطلس
--
changed %(fields)s
modifié : %(fields)s
modificado: %(fields)s
изменено: %(fields)s
修改了 %(fields)s
عُدِّل: %(fields)s
--
added signatory %(party)s
signataire ajouté : %(party)s
signatario añadido: %(party)s
добавлен подписант: %(party)s
添加了签署方 %(party)s
أُضيف الموقِّع: %(party)s
--
removed signatory %(party)s
signataire retiré : %(party)s
signatario eliminado: %(party)s
удалён подписант: %(party)s
移除了签署方 %(party)s
أُزيل الموقِّع: %(party)s
--
changed signatory %(party)s
signataire modifié : %(party)s
signatario modificado: %(party)s
изменён подписант: %(party)s
修改了签署方 %(party)s
عُدِّل الموقِّع: %(party)s
--
added a signatory
un signataire ajouté
un signatario añadido
добавлен подписант
添加了一个签署方
أُضيف موقِّع
--
removed a signatory
un signataire retiré
un signatario eliminado
удалён подписант
移除了一个签署方
أُزيل موقِّع
--
changed a signatory
un signataire modifié
un signatario modificado
изменён подписант
修改了一个签署方
عُدِّل موقِّع
--
added participant %(party)s
participant ajouté : %(party)s
participante añadido: %(party)s
добавлен участник: %(party)s
添加了参与方 %(party)s
أُضيف المشارك: %(party)s
--
removed participant %(party)s
participant retiré : %(party)s
participante eliminado: %(party)s
удалён участник: %(party)s
移除了参与方 %(party)s
أُزيل المشارك: %(party)s
--
changed participant %(party)s
participant modifié : %(party)s
participante modificado: %(party)s
изменён участник: %(party)s
修改了参与方 %(party)s
عُدِّل المشارك: %(party)s
--
added a participant
un participant ajouté
un participante añadido
добавлен участник
添加了一个参与方
أُضيف مشارك
--
removed a participant
un participant retiré
un participante eliminado
удалён участник
移除了一个参与方
أُزيل مشارك
--
changed a participant
un participant modifié
un participante modificado
изменён участник
修改了一个参与方
عُدِّل مشارك
--
added member %(party)s
membre ajouté : %(party)s
miembro añadido: %(party)s
добавлено государство-член: %(party)s
添加了成员国 %(party)s
أُضيف العضو: %(party)s
--
removed member %(party)s
membre retiré : %(party)s
miembro eliminado: %(party)s
удалено государство-член: %(party)s
移除了成员国 %(party)s
أُزيل العضو: %(party)s
--
changed member %(party)s
membre modifié : %(party)s
miembro modificado: %(party)s
изменено государство-член: %(party)s
修改了成员国 %(party)s
عُدِّل العضو: %(party)s
--
added a member
un membre ajouté
un miembro añadido
добавлено государство-член
添加了一个成员国
أُضيف عضو
--
removed a member
un membre retiré
un miembro eliminado
удалено государство-член
移除了一个成员国
أُزيل عضو
--
changed a member
un membre modifié
un miembro modificado
изменено государство-член
修改了一个成员国
عُدِّل عضو
"""

PLURALS += [
    (
        ("and %(count)s more", "and %(count)s more"),
        {
            "fr": ["et %(count)s autre", "et %(count)s autres"],
            "es": ["y %(count)s más", "y %(count)s más"],
            "ru": ["и ещё %(count)s", "и ещё %(count)s", "и ещё %(count)s"],
            "zh_Hans": ["以及另外 %(count)s 项"],
            "ar": ["و%(count)s أخرى"] * 6,
        },
    ),
]

# The change log's feed and record names.
BLOCKS += r"""
--
topic
thème
tema
тема
主题
الموضوع
--
guide
guide
guía
руководство
指南
الدليل
--
Space Cooperation Atlas — recent changes
Atlas de la coopération spatiale — modifications récentes
Atlas de la Cooperación Espacial — cambios recientes
Атлас космического сотрудничества — последние изменения
太空合作图集 — 最近更改
أطلس التعاون الفضائي — التغييرات الأخيرة
--
Published edits to the catalog and timeline of international cooperation in space.
Modifications publiées du catalogue et de la chronologie de la coopération internationale dans l'espace.
Cambios publicados en el catálogo y la cronología de la cooperación internacional en el espacio.
Опубликованные правки каталога и хронологии международного сотрудничества в космосе.
国际太空合作目录和时间线的已发布编辑。
التعديلات المنشورة على فهرس التعاون الدولي في الفضاء وخطه الزمني.
--
Space Cooperation Atlas curators
Les documentalistes de l'Atlas de la coopération spatiale
Los documentalistas del Atlas de la Cooperación Espacial
Кураторы Атласа космического сотрудничества
太空合作图集编辑
محررو أطلس التعاون الفضائي
--
A curator %(summary)s (%(type)s “%(record)s”).
Un documentaliste : %(summary)s (%(type)s « %(record)s »).
Un documentalista: %(summary)s (%(type)s «%(record)s»).
Куратор: %(summary)s (%(type)s «%(record)s»).
一位编辑：%(summary)s（%(type)s“%(record)s”）。
أحد المحررين: %(summary)s (%(type)s «%(record)s»).
--
a curator
un documentaliste
un documentalista
куратор
一位编辑
أحد المحررين
"""

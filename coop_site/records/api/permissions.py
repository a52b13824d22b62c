"""Who may do what: anybody reads, staff with the model permission write."""

from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissions


class StaffModelPermissionsOrReadOnly(DjangoModelPermissions):
    """Safe methods for everybody; writes for active staff holding the Django model permission.

    A view may name another model (`permission_model`) when it writes rows of a related table,
    as the agreement signatories endpoint does.
    """

    authenticated_users_only = False

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return True
        user = request.user
        if not (user and user.is_authenticated and user.is_active and user.is_staff):
            return False
        model = getattr(view, "permission_model", None) or self._queryset(view).model
        return user.has_perms(self.get_required_permissions(request.method, model))

    def has_object_permission(self, request, view, obj) -> bool:
        """As in the admin, only a superuser may delete a published record; curators delete drafts."""
        if request.method == "DELETE" and getattr(obj, "is_published", False):
            return request.user.is_superuser
        return True

"""Users: adding them, changing and resetting passphrases, deactivating.

A user is a row in the database (name, role) and a slot in the vault (the wrapped key). Both
change together: the vault is saved inside the database transaction, so a failure on either
side leaves neither changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from mpi_desktop.security.access import Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.security.vault import Vault, check_passphrase, normalize_username
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.models import User

USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


@dataclass(frozen=True)
class UserView:
    username: str
    display_name: str
    role: Role
    active: bool


@contextmanager
def _vault_change(ws: Workspace) -> Iterator[None]:
    """If the database side fails after the vault was changed in memory, reread it from disk."""
    try:
        yield
    except BaseException:
        ws.vault = Vault.load(ws.vault.path)
        raise


def _existing_user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        raise NotFoundError("El usuario no existe.")
    return user


def _validate_username(username: str) -> str:
    name = normalize_username(username)
    if not 3 <= len(name) <= 64 or not set(name) <= USERNAME_CHARS:
        raise ValidationError(
            {"username": "El usuario debe tener de 3 a 64 caracteres: letras sin acento, números, punto, guion."}
        )
    return name


def list_users(ws: Workspace) -> list[UserView]:
    require(ws.actor, Permission.MANAGE_USERS)
    with ws.db.session() as session:
        users = session.scalars(select(User).order_by(User.username)).all()
        return [UserView(u.username, u.display_name, u.role, u.active) for u in users]


def add_user(ws: Workspace, username: str, display_name: str, role: Role, passphrase: str) -> UserView:
    require(ws.actor, Permission.MANAGE_USERS)
    name = _validate_username(username)
    if not display_name.strip():
        raise ValidationError({"display_name": "Indique el nombre de la persona usuaria."})
    check_passphrase(passphrase, name)
    with _vault_change(ws), ws.db.transaction() as session:
        if session.scalar(select(User).where(User.username == name)) is not None or ws.vault.has_user(name):
            raise ConflictError("Ya existe un usuario con ese nombre.")
        user = User(username=name, display_name=display_name.strip(), role=Role(role))
        session.add(user)
        session.flush()
        record(
            session,
            ws.actor,
            AuditAction.USER_ADMIN,
            entity="user",
            entity_id=user.id,
            field="role",
            new=user.role,
            detail="alta de usuario",
        )
        ws.vault.set_passphrase(name, passphrase, ws.key, ws.store)
        ws.vault.save()
        return UserView(user.username, user.display_name, user.role, user.active)


def change_own_passphrase(ws: Workspace, old: str, new: str) -> None:
    """The signed-in user changes their passphrase; the old one must be right."""
    name = ws.actor.username
    ws.vault.unlock(name, old, ws.store)  # raises WrongPassphrase
    _rewrap(ws, name, new, "cambio de frase de acceso")


def reset_passphrase(ws: Workspace, username: str, new: str) -> None:
    """An administrator sets a new passphrase for someone who lost theirs."""
    require(ws.actor, Permission.MANAGE_USERS)
    _rewrap(ws, normalize_username(username), new, "frase de acceso restablecida por la administración")


def _rewrap(ws: Workspace, name: str, new: str, detail: str) -> None:
    check_passphrase(new, name)
    with _vault_change(ws), ws.db.transaction() as session:
        user = _existing_user(session, name)
        record(session, ws.actor, AuditAction.USER_ADMIN, entity="user", entity_id=user.id, detail=detail)
        ws.vault.set_passphrase(name, new, ws.key, ws.store)
        ws.vault.save()


def deactivate(ws: Workspace, username: str) -> None:
    """Disable an account: its vault slot is removed, so it can no longer unwrap the key."""
    require(ws.actor, Permission.MANAGE_USERS)
    name = normalize_username(username)
    if name == ws.actor.username:
        raise ConflictError("No puede desactivar su propia cuenta.")
    with _vault_change(ws), ws.db.transaction() as session:
        user = _existing_user(session, name)
        if user.role is Role.ADMINISTRATOR:
            active_admins = session.scalars(
                select(User).where(User.role == Role.ADMINISTRATOR, User.active.is_(True))
            ).all()
            if len(active_admins) <= 1:
                raise ConflictError("Debe quedar al menos una persona administradora activa.")
        record(
            session,
            ws.actor,
            AuditAction.USER_ADMIN,
            entity="user",
            entity_id=user.id,
            field="active",
            old=True,
            new=False,
        )
        user.active = False
        if ws.vault.has_user(name):
            ws.vault.remove_user(name)
            ws.vault.save()


def reactivate(ws: Workspace, username: str, passphrase: str) -> None:
    """Enable an account again with a new passphrase (its old slot was removed)."""
    require(ws.actor, Permission.MANAGE_USERS)
    name = normalize_username(username)
    check_passphrase(passphrase, name)
    with _vault_change(ws), ws.db.transaction() as session:
        user = _existing_user(session, name)
        record(
            session,
            ws.actor,
            AuditAction.USER_ADMIN,
            entity="user",
            entity_id=user.id,
            field="active",
            old=user.active,
            new=True,
        )
        user.active = True
        ws.vault.set_passphrase(name, passphrase, ws.key, ws.store)
        ws.vault.save()

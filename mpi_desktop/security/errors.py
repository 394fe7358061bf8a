"""Why an unlock failed, each case with its own clear Spanish message (issue: distinct errors)."""

from __future__ import annotations

from mpi_desktop.domain.errors import MpiError


class UnlockError(MpiError):
    pass


class VaultMissing(UnlockError):
    def __init__(self) -> None:
        super().__init__(
            "Falta el archivo de llaves (llaves.json) en la carpeta de datos; sin él la base no puede abrirse. "
            "Restáurelo desde un respaldo."
        )


class VaultCorrupt(UnlockError):
    def __init__(self, why: str = "") -> None:
        super().__init__("El archivo de llaves está dañado o no es de MPI Desktop" + (f" ({why})" if why else "") + ".")


class UnknownUser(UnlockError):
    def __init__(self) -> None:
        super().__init__("El usuario no existe en esta base de datos.")


class WrongPassphrase(UnlockError):
    def __init__(self) -> None:
        super().__init__("La frase de acceso no es correcta.")


class WrongRecoveryCode(UnlockError):
    def __init__(self) -> None:
        super().__init__("El código de recuperación no es correcto.")


class DeviceSecretMissing(UnlockError):
    def __init__(self) -> None:
        super().__init__(
            "Esta cuenta está ligada a la clave de dispositivo de otro equipo (almacén de llaves del sistema). "
            "Use el código de recuperación para abrir la base en este equipo."
        )


class TooManyAttempts(UnlockError):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(f"Demasiados intentos fallidos. Espere {seconds} segundos antes de intentar de nuevo.")


class UserDisabled(UnlockError):
    def __init__(self) -> None:
        super().__init__("La cuenta está desactivada. Pida a la administración que la reactive.")


class WeakPassphrase(UnlockError):
    pass

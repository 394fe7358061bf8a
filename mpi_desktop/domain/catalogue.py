"""The measure catalogue of Cuadro 6 as shipped: the seed of every new database.

Users may add items later; an item that has been used is retired, never deleted.
"""

from __future__ import annotations

from typing import NamedTuple

from mpi_desktop.domain.enums import MeasureCategory

OTHERS = "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias"
TELEPHONE_MONITORING = "Monitoreo telefónico"


class CatalogueEntry(NamedTuple):
    category: MeasureCategory
    name: str


# Order as Cuadro 6 prints it (alphabetical inside a category, "Otras…" where the seed puts it).
MEASURE_CATALOGUE: tuple[CatalogueEntry, ...] = (
    CatalogueEntry(MeasureCategory.PREVENTIVE, "Canalización a otras instancias del Gobierno de la Ciudad de México"),
    CatalogueEntry(MeasureCategory.PREVENTIVE, TELEPHONE_MONITORING),
    CatalogueEntry(MeasureCategory.PREVENTIVE, OTHERS),
    CatalogueEntry(MeasureCategory.PREVENTIVE, "Taller de elaboración de protocolos de seguridad"),
    CatalogueEntry(MeasureCategory.PROTECTION, "Habilitación de cámaras de seguridad y servicio técnico"),
    CatalogueEntry(MeasureCategory.PROTECTION, "Números de emergencia"),
    CatalogueEntry(MeasureCategory.PROTECTION, OTHERS),
    CatalogueEntry(MeasureCategory.PROTECTION, "Rondines bitacorados (Código águila)"),
    CatalogueEntry(MeasureCategory.PROTECTION, "Rondines no bitacorados (Código sonoro)"),
    CatalogueEntry(MeasureCategory.PROTECTION, "Seguimiento a carpeta de investigación"),
    CatalogueEntry(MeasureCategory.URGENT_PROTECTION, "Evacuación"),
    CatalogueEntry(MeasureCategory.URGENT_PROTECTION, "Reubicación temporal"),
    CatalogueEntry(MeasureCategory.URGENT_PROTECTION, "Escolta de cuerpos especializados"),
    CatalogueEntry(MeasureCategory.URGENT_PROTECTION, "Protección de inmuebles"),
    CatalogueEntry(MeasureCategory.URGENT_PROTECTION, OTHERS),
    CatalogueEntry(MeasureCategory.SOCIAL, "Apoyo de canasta alimentaria y no alimentaria"),
    CatalogueEntry(MeasureCategory.SOCIAL, "Atención psicológica"),
    CatalogueEntry(MeasureCategory.SOCIAL, OTHERS),
)

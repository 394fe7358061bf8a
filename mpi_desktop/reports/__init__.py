"""Period statistics and ReportLab rendering (informe bimestral, plan summary)."""

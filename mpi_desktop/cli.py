"""`mpi-desktop` command line (placeholder until the CLI lands in this same issue)."""


def main(argv: list[str] | None = None) -> int:
    return 0

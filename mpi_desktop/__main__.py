from mpi_desktop.cli import main

raise SystemExit(main())

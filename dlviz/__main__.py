from dlviz.app import main

raise SystemExit(main())

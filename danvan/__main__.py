from danvan.cli import main

main()

from .cli import main

# guarded: worker processes of a batch run import the main module again
if __name__ == "__main__":
    raise SystemExit(main())

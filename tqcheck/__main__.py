from .cli import entry

# guarded: worker processes of a batch run import the main module again
if __name__ == "__main__":
    entry()

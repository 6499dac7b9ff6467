class Config:
    debug = True
    level = int("verbose")

print("raising GeneratorExit outside a generator")
raise GeneratorExit("not from close()")

# finally blocks run while SystemExit propagates; the status is the exit code.
import sys

def main():
    try:
        print("working")
        sys.exit(2)
    finally:
        print("finally ran")

main()

from marsad.cli import run

run()

from matchmaker.cli import app

app(prog_name="matchmaker")

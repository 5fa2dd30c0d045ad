"""`kipu demo`: what `make demo` runs, on a temporary database."""

from typer.testing import CliRunner

from kipu.cli import app
from kipu.corpus import load_sample
from kipu.store import Repository, Store


def test_demo_ingests_the_sample_corpus_and_summarises_it(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["demo", "--db", str(db), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "Events by type and region" in result.output
    with Store.open(f"sqlite:///{db}") as store, store.session() as session:
        counts = Repository(session).counts()
    assert counts["documents"] == len(load_sample())
    assert counts["events"] > 0
    # running it again stores nothing twice
    again = runner.invoke(app, ["demo", "--db", str(db), "--no-serve"])
    assert again.exit_code == 0, again.output
    assert f"0 new, {len(load_sample())} duplicate" in again.output

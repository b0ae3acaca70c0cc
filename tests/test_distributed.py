"""newscore.runners.dask: the same records on a 2-worker Dask LocalCluster as in a local run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newscore.cli import main
from newscore.errors import DaskUnavailableError
from newscore.runners.dask import _dask_distributed, _line_ranges, analyze_jsonl, plan

SEED = Path(__file__).parent.parent / "seeds" / "putin-sco-wagner.txt"

_SENTENCES = [
    "Angela Merkel met Emmanuel Macron in Paris on Monday.",
    "“We will not give in,” said Volodymyr Zelensky in Kyiv.",
    "The United Nations said aid had reached Khartoum, Sudan.",
    "Shares of Apple fell in New York after the report.",
    "Jacinda Ardern told reporters in Wellington that the plan would go ahead.",
]


def _write_inputs(directory: Path) -> list[str]:
    """Two JSON Lines files with a bad record each, and a plain-text article."""
    directory.mkdir()
    first = directory / "a.jsonl"
    with open(first, "w", encoding="utf-8") as stream:
        for number in range(7):
            text = " ".join(_SENTENCES[(number + k) % len(_SENTENCES)] for k in range(3))
            stream.write(json.dumps({"id": f"a{number}", "text": text}) + "\n")
            if number == 3:
                stream.write("{not json\n\n")
    second = directory / "b.jsonl"
    with open(second, "wb") as stream:
        for number in range(4):
            stream.write((json.dumps({"text": _SENTENCES[number] + " " + _SENTENCES[-1]}) + "\n").encode())
        stream.write(b'{"text": "a bad \xff byte"}\n')
    (directory / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return [str(directory)]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """The inputs and what a local `newscore analyze --format jsonl` writes for them."""
    root = tmp_path_factory.mktemp("dask")
    sources = _write_inputs(root / "in")
    local = root / "local.jsonl"
    assert main(["analyze", "-f", "jsonl", "--no-progress", "-o", str(local), *sources]) == 1  # two bad records
    return sources, local.read_bytes()


def test_a_2_worker_cluster_writes_exactly_the_local_records(batch, cluster, tmp_path):
    sources, local = batch
    failures = []
    run = analyze_jsonl(
        sources,
        tmp_path / "out.jsonl",
        scheduler_address=cluster.scheduler_address,
        lines_per_partition=2,
        on_failure=failures.append,
    )
    assert (tmp_path / "out.jsonl").read_bytes() == local
    assert run.articles == len(local.splitlines()) == 12
    assert run.partitions > 4  # several tasks per worker, so the per-worker cache is exercised
    assert sorted(str(f) for f in failures) == sorted(str(f) for f in run.failures)
    where = {(Path(f.source).name, f.line) for f in failures}
    assert where == {("a.jsonl", 5), ("b.jsonl", 5)}
    # the model was loaded once in each worker process, not once per partition
    assert len(run.pipelines_built) == 2 and set(run.pipelines_built.values()) == {1}


def test_part_files_concatenate_to_the_local_records_and_resume_redoes_only_missing_parts(batch, cluster, tmp_path):
    sources, local = batch
    out = tmp_path / "parts"
    run = analyze_jsonl(
        sources, out, scheduler_address=cluster.scheduler_address, lines_per_partition=3, on_failure=lambda f: None
    )
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == run.partitions
    assert b"".join(part.read_bytes() for part in parts) == local
    parts[1].unlink()
    again = analyze_jsonl(
        sources,
        out,
        scheduler_address=cluster.scheduler_address,
        lines_per_partition=3,
        resume=True,
        on_failure=lambda f: None,
    )
    assert again.skipped_partitions == run.partitions - 1
    assert b"".join(part.read_bytes() for part in sorted(out.glob("part-*.jsonl"))) == local
    with pytest.raises(ValueError, match="cannot be resumed"):
        analyze_jsonl(sources, out, scheduler_address=cluster.scheduler_address, lines_per_partition=2, resume=True)


def test_resuming_a_single_file_skips_the_articles_already_written(batch, cluster, tmp_path):
    sources, local = batch
    out = tmp_path / "out.jsonl"
    lines = local.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:5]) + lines[5][:40])  # killed while writing the sixth record
    analyze_jsonl(
        sources, out, scheduler_address=cluster.scheduler_address, lines_per_partition=4, resume=True,
        on_failure=lambda f: None,
    )
    ids = [json.loads(line)["article"]["id"] for line in out.read_bytes().splitlines()]
    assert sorted(ids) == sorted(json.loads(line)["article"]["id"] for line in lines)
    assert len(ids) == len(set(ids))


def test_the_cli_runs_on_a_dask_cluster(batch, cluster, tmp_path, capsys):
    sources, local = batch
    out = tmp_path / "cli.jsonl"
    address = cluster.scheduler_address
    assert main(["analyze", "--dask", address, *sources, "-f", "jsonl", "-o", str(out), "--no-progress"]) == 1
    assert out.read_bytes() == local
    err = capsys.readouterr().err
    assert "a.jsonl:5: invalid JSON" in err and "b.jsonl:5: not UTF-8" in err


def test_options_reach_the_dask_workers(cluster, tmp_path):
    story = tmp_path / "in.jsonl"
    story.write_text(json.dumps({"id": "d", "text": "Russian troops crossed into Ukraine, Ukrainian officials said."}) + "\n")
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    option = ["--option", "locations.include_demonyms=false", "-f", "jsonl", "--no-progress"]
    assert main(["analyze", *option, "-o", str(local), str(story)]) == 0
    assert main(["analyze", "--dask", cluster.scheduler_address, *option, "-o", str(remote), str(story)]) == 0
    assert remote.read_bytes() == local.read_bytes()
    assert b'"form": "demonym"' not in remote.read_bytes()  # on by default


def test_the_cli_needs_an_output_file_for_dask(capsys):
    assert main(["analyze", "--dask", "tcp://127.0.0.1:1", str(SEED)]) == 2
    assert "--dask needs" in capsys.readouterr().err


def test_line_ranges_tile_the_file_at_line_starts(tmp_path):
    path = tmp_path / "x.jsonl"
    data = b"".join(b"%d\n" % n for n in range(1, 12)) + b"no newline at the end"
    path.write_bytes(data)
    ranges = list(_line_ranges(path, 4))
    assert [first for _, _, first in ranges] == [1, 5, 9]
    assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
    assert all(end == start for (_, end, _), (start, _, _) in zip(ranges, ranges[1:]))
    assert [data[start:end].count(b"\n") for start, end, _ in ranges] == [4, 4, 3]


def test_plan_reports_missing_inputs_and_keeps_input_order(tmp_path):
    sources = _write_inputs(tmp_path / "in")
    partitions, failures = plan([*sources, str(tmp_path / "gone.jsonl")], lines_per_partition=5)
    assert [Path(p.source).name for p in partitions] == ["a.jsonl", "a.jsonl", "b.jsonl", "seed.txt"]
    assert [p.index for p in partitions] == list(range(4))
    assert [p.kind for p in partitions] == ["lines", "lines", "lines", "file"]
    assert len(failures) == 1 and "no such file" in failures[0].message


def test_a_missing_dask_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with pytest.raises(DaskUnavailableError, match=r"newscore\[dask\]"):
        _dask_distributed()


@pytest.mark.parametrize(
    ("words", "address", "paths"),
    [
        (["--dask", "in.jsonl"], "local", ["in.jsonl"]),  # no address: the next word is a path
        (["--dask", "tcp://10.0.0.5:8786", "in.jsonl"], "tcp://10.0.0.5:8786", ["in.jsonl"]),
        (["--dask", "scheduler:8786", "in.jsonl"], "scheduler:8786", ["in.jsonl"]),
        (["in.jsonl", "--dask"], "local", ["in.jsonl"]),
        (["in.jsonl"], None, ["in.jsonl"]),
    ],
)
def test_dask_address_or_path(words, address, paths):
    from newscore.cli import _parser, _split_dask_address

    args = _parser().parse_args(["analyze", *words])
    _split_dask_address(args)
    assert (args.dask, args.paths) == (address, paths)


def test_dask_resume_keeps_an_article_whose_id_repeats_one_already_written(cluster, tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    texts = ["Ann Lee spoke in Paris.", "Bo Chen spoke in Rome.", "Cy Doe spoke in Oslo."]
    batch.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(["dup", "dup", "other"], texts)))
    out = tmp_path / "out.jsonl"
    assert main(["analyze", "-f", "jsonl", "--no-progress", "-o", str(out), str(batch)]) == 0
    local = out.read_bytes()
    out.write_bytes(local.splitlines(keepends=True)[0])  # one `dup` done, then interrupted
    address = cluster.scheduler_address
    assert main(["analyze", "--dask", address, str(batch), "-f", "jsonl", "-o", str(out), "--resume", "--no-progress"]) == 0
    assert out.read_bytes() == local  # both `dup`s and `other`, in input order


def test_a_full_disk_on_dask_is_one_line_and_resume_finishes_the_batch(batch, cluster, tmp_path, capsys, monkeypatch):
    import errno
    import os

    sources, local = batch
    out = tmp_path / "out.jsonl"
    real_write = os.write
    calls = {"n": 0}

    def filling_write(fd, data):
        if fd > 2 and os.path.realpath(f"/proc/self/fd/{fd}") == str(out.resolve()):
            calls["n"] += 1
            if calls["n"] == 2:  # the second partition's records: half written, then the disk is full
                real_write(fd, bytes(data)[: len(data) // 2])
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    address = cluster.scheduler_address
    command = ["analyze", "--dask", address, *sources, "-f", "jsonl", "-o", str(out), "--no-progress"]
    monkeypatch.setattr(os, "write", filling_write)
    assert main(command) == 3
    err = capsys.readouterr().err
    assert f"newscore: cannot write {out}: No space left on device" in err and "Traceback" not in err
    written = out.read_bytes()
    assert written.endswith(b"\n") and local.startswith(written)  # complete records only
    monkeypatch.setattr(os, "write", real_write)
    assert main([*command, "--resume"]) == 1  # the two bad input records again
    assert out.read_bytes() == local

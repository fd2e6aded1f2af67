"""python -m bot ...: set up the database, seed, import/export content, regenerate, purge."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bot.content.schema import PackError


def _setup(args: argparse.Namespace) -> int:
    from bot.content.migrate import upgrade
    from bot.content.service import seed
    from bot.settings import get_settings

    upgrade()
    seeded = seed()
    _make_private(get_settings().database_url)
    print("content database ready" + (" (seeded)" if seeded else ""))
    return 0


def _make_private(url: str) -> None:
    """A SQLite file (and its journal files) readable by its owner only: it holds staff
    accounts and, for the tracker store, parents' words."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    path = Path(parsed.database)
    for candidate in (
        path,
        *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal")),
    ):
        if candidate.exists():
            candidate.chmod(0o600)


def _db_upgrade(args: argparse.Namespace) -> int:
    from bot.content.migrate import upgrade

    upgrade()
    print("content database migrated")
    return 0


def _seed(args: argparse.Namespace) -> int:
    from bot.content.service import seed

    done = seed(force=args.force)
    print("seeded" if done else "content already present (use --force to replace it)")
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    from bot.content.upgrade import run_upgrade

    merge = run_upgrade(publish=args.publish, base_dir=Path(args.base) if args.base else None)
    print(f"taken from the new seed: {len(merge.taken)}")
    for label in merge.taken:
        print(f"  + {label}")
    print(f"staff edits kept: {len(merge.kept)}")
    for label in merge.kept:
        print(f"  = {label}")
    print(f"conflicts for a person to decide in the console: {len(merge.conflicts)}")
    for conflict in merge.conflicts:
        print(f"  ! {conflict.kind} {conflict.key}: the staff version stays in the draft")
    if args.publish and not merge.conflicts:
        print("published")
    else:
        print("in the console's draft: review it there, then publish")
    return 0


def _export(args: argparse.Namespace) -> int:
    from bot.content.service import export_text

    text = export_text()
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
        print(f"exported to {args.file}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from bot.content.service import import_files

    pack = import_files([Path(f) for f in args.files])
    print(
        f"imported {len(pack.regions)} regions, {len(pack.channels)} channels, "
        f"{len(pack.sites)} sites, {len(pack.topics)} topics"
    )
    return 0


def _domain_emergency(args: argparse.Namespace) -> int:
    from bot.emergency_responses import write

    print(f"wrote {write()}")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from bot.retention import purge_tracker_store

    url = args.url or os.environ.get("TRACKER_STORE_URL")
    if not url:
        print("no tracker store URL (set TRACKER_STORE_URL or pass --url)", file=sys.stderr)
        return 2
    removed = purge_tracker_store(url, args.days)
    print(f"removed {removed} conversation events older than {args.days} days")
    return 0


def _staff_create(args: argparse.Namespace) -> int:
    import getpass

    from bot.content.db import session_scope
    from bot.staff import StaffError, create_staff

    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("the passwords differ", file=sys.stderr)
            return 1
    else:
        password = sys.stdin.readline().rstrip("\n")
    try:
        with session_scope() as session:
            created = create_staff(
                session, email=args.email, role=args.role, password=password, sites=args.site
            )
    except StaffError as error:
        print(f"refused: {error}", file=sys.stderr)
        return 1
    print(f"created {created.role} {created.email}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from bot.evaluation import load_examples, model_predictor, score

    predict = model_predictor(Path(args.model))
    ok = True
    for file in args.files:
        report = score(load_examples(Path(file)), predict)
        print(f"== {file}")
        print(report.summary())
        if args.show_misses:
            for text, want, got in report.misses:
                print(f"  miss: want {want}, got {got}: {text}")
        ok = ok and report.meets_targets()
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


def _evaluate_conversations(args: argparse.Namespace) -> int:
    import json

    from sqlalchemy import select

    from bot.content.db import session_scope
    from bot.content.models import Topic
    from bot.content.queries import list_platforms, load_route_table
    from bot.conversation_eval import (
        Judge,
        format_summary,
        load_conversations,
        rest_sender,
        run,
        summarise,
    )

    with session_scope() as session:
        titles = tuple(t.title for t in session.execute(select(Topic)).scalars())
        judge = Judge(load_route_table(session), titles, tuple(list_platforms(session)))
    send = rest_sender(args.url)
    for path in args.paths:
        outcomes = run(load_conversations([Path(path)]), send, judge)
        print(format_summary(path, summarise(outcomes)))
        if args.failures:
            with open(args.failures, "a", encoding="utf-8") as out:
                for outcome in outcomes:
                    if not outcome.passed:
                        failed = [name for name, ok in outcome.checks.items() if not ok]
                        record = {
                            "id": outcome.conversation.id,
                            "failed": failed,
                            "turns": outcome.conversation.turns,
                            "replies": outcome.replies,
                        }
                        out.write(json.dumps(record) + "\n")
    return 0


def _danger_examples(args: argparse.Namespace) -> int:
    import yaml

    from bot.conversation_eval import load_conversations
    from bot.safety.danger_model import examples_from_conversations

    rows = examples_from_conversations(load_conversations([Path(path) for path in args.paths]))
    header = (
        "# Parent messages labelled danger now (true) or not, for bot/safety/danger_model.py.\n"
        "# Generated by: python -m bot danger-examples " + " ".join(args.paths) + "\n"
        "# Only from blind sets already tuned on; a set still held out must never be added.\n"
    )
    text = header + yaml.safe_dump(
        {"examples": rows}, sort_keys=False, allow_unicode=True, width=100
    )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"{len(rows)} examples ({sum(r['danger'] for r in rows)} danger now) -> {args.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command tree, kept in one place so --help documents it all."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("setup", help="migrate the content database and seed it if empty").set_defaults(
        run=_setup
    )
    db = sub.add_parser("db", help="content database").add_subparsers(dest="db", required=True)
    db.add_parser("upgrade", help="migrate to the newest schema").set_defaults(run=_db_upgrade)

    content = sub.add_parser("content", help="content packs").add_subparsers(
        dest="content", required=True
    )
    seed = content.add_parser("seed", help="load data/content into an empty database")
    seed.add_argument("--force", action="store_true", help="replace existing content")
    seed.set_defaults(run=_seed)
    upgrade = content.add_parser(
        "upgrade",
        help="take a new data/content into the draft, keeping staff edits and listing conflicts",
    )
    upgrade.add_argument(
        "--publish", action="store_true", help="publish at once when nothing conflicts"
    )
    upgrade.add_argument(
        "--base",
        help="the content folder this database was first seeded from, when it has no base "
        "recorded (seeded before upgrades existed)",
    )
    upgrade.set_defaults(run=_upgrade)
    export = content.add_parser("export", help="write all content as YAML")
    export.add_argument("file", help="output file, or - for stdout")
    export.set_defaults(run=_export)
    imp = content.add_parser("import", help="replace all content from YAML (validated first)")
    imp.add_argument("files", nargs="+", help="YAML files or folders")
    imp.set_defaults(run=_import)

    domain = sub.add_parser("domain", help="generated domain files").add_subparsers(
        dest="domain", required=True
    )
    domain.add_parser("emergency", help="rewrite domain/emergency.yml").set_defaults(
        run=_domain_emergency
    )

    staff = sub.add_parser("staff", help="console accounts").add_subparsers(
        dest="staff", required=True
    )
    create = staff.add_parser(
        "create",
        help="add a staff account; the password is read from a prompt or stdin, never argv",
    )
    create.add_argument("--email", required=True)
    create.add_argument("--role", required=True, choices=["editor", "site_manager", "admin"])
    create.add_argument("--site", action="append", default=[], help="a site slug (site managers)")
    create.set_defaults(run=_staff_create)

    evaluate = sub.add_parser("evaluate", help="score the trained model on held-out messages")
    evaluate.add_argument(
        "files",
        nargs="*",
        default=["tests/data/eval.yml", "tests/data/eval_blind.yml", "tests/data/eval_blind2.yml"],
    )
    evaluate.add_argument("--model", default="models/assistant.tar.gz")
    evaluate.add_argument("--show-misses", action="store_true")
    evaluate.set_defaults(run=_evaluate)

    conversations = sub.add_parser(
        "evaluate-conversations",
        help="play blind multi-turn conversations through a running bot and score the replies",
    )
    conversations.add_argument("paths", nargs="+", help="conversation files or folders")
    conversations.add_argument("--url", default="http://localhost:5005")
    conversations.add_argument("--failures", help="append failed conversations here (JSON lines)")
    conversations.set_defaults(run=_evaluate_conversations)

    danger = sub.add_parser(
        "danger-examples",
        help="write the danger-now model's labelled messages from blind sets already tuned on",
    )
    danger.add_argument("paths", nargs="+", help="conversation files or folders")
    danger.add_argument("--out", default="data/safety/danger_now.yml")
    danger.set_defaults(run=_danger_examples)

    purge = sub.add_parser("purge", help="delete conversations older than the retention limit")
    purge.add_argument("--days", type=int, default=30)
    purge.add_argument("--url", help="tracker store URL (default: TRACKER_STORE_URL)")
    purge.set_defaults(run=_purge)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Runs one command; a bad content file prints why and exits 1 without changing anything."""
    os.umask(0o077)  # databases, exports and secrets this creates are the owner's only
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except PackError as error:
        print(f"refused: {error}", file=sys.stderr)
        return 1

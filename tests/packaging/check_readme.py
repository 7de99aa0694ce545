#!/usr/bin/env python3
"""Checks that the README's commands can work as written.

  check_readme.py SOURCE_DIR BUILD_DIR

Every ```sh block of README.md is meant to be run. For each command in them (split at |, &&, ||
and ;, after leading VAR=value, sudo and its options):
  - a path into this repository (packaging/dev.sh, ./build/... is a build output and skipped) must
    exist, and be executable when it is run;
  - homing, homingd and homingctl: every --flag must be in the program's --help (run from
    BUILD_DIR), and homingctl's command and sub-command must be ones it lists;
  - packaging/dev.sh: its command must be one its usage names;
  - any other program must be on PATH here (the installers provide them).
Outside the blocks, every `inline code` span or link that names a file of this repository (a path
under app/, core/, ui/, packaging/, tests/, docs/, resources/, translations/) must exist.
Prints one line per finding and exits 1 if there is any.
"""
import glob
import os
import re
import shlex
import shutil
import subprocess
import sys

REPO_DIRS = ("app/", "core/", "ui/", "packaging/", "tests/", "docs/", "resources/", "translations/", ".ci/")
PROGRAMS = {"homing": "app/homing/homing", "homingd": "app/homingd/homingd", "homingctl": "app/homingctl/homingctl"}


def shell_blocks(text):
    return re.findall(r"^```sh\n(.*?)^```", text, flags=re.S | re.M)


def commands(block):
    """Yields (line, argv) for each simple command of a block."""
    for line in block.splitlines():
        try:
            lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
            lexer.whitespace_split = True
            lexer.commenters = "#"
            tokens = list(lexer)
        except ValueError as e:
            yield line, None, str(e)
            continue
        argv = []
        for token in tokens + [";"]:
            if token in ("|", "||", "&&", ";", "&", "<", ">", ">>"):
                if argv:
                    yield line, argv, None
                argv = []
                if token in ("<", ">", ">>"):
                    argv = ["#redirect"]
            else:
                argv.append(token)


def strip_prefix(argv):
    """Drops VAR=value assignments, sudo with its options, env, and redirect targets."""
    argv = list(argv)
    if argv and argv[0] == "#redirect":
        return []
    while argv:
        if re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", argv[0]) or argv[0] == "env":
            argv.pop(0)
        elif argv[0] == "sudo":
            argv.pop(0)
            while argv and argv[0].startswith("-"):
                option = argv.pop(0)
                if option in ("-u", "-g") and argv:
                    argv.pop(0)
        else:
            break
    return argv


class Checker:
    def __init__(self, source, build):
        self.source = source
        self.build = build
        self.findings = []
        self.helps = {}

    def finding(self, where, message):
        self.findings.append("%s: %s" % (where, message))

    def help_text(self, program):
        if program not in self.helps:
            binary = os.path.join(self.build, PROGRAMS[program])
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            try:
                out = subprocess.run([binary, "--help"], capture_output=True, text=True, env=env, timeout=60)
                self.helps[program] = out.stdout + out.stderr
            except OSError as e:
                self.helps[program] = ""
                self.finding(program, "cannot run %s --help: %s" % (binary, e))
        return self.helps[program]

    def repo_path(self, where, path, executable=False):
        path = path.rstrip(".,:")
        if path.startswith("./"):
            path = path[2:]
        if path.startswith("build/"):
            return  # made by the commands themselves
        full = os.path.join(self.source, path)
        matches = glob.glob(full) if any(c in path for c in "*?[") else [full] if os.path.exists(full) else []
        if not matches:
            self.finding(where, "names %s, which does not exist" % path)
        elif executable and not os.access(matches[0], os.X_OK):
            self.finding(where, "runs %s, which is not executable" % path)

    def check_program(self, where, program, args):
        help_text = self.help_text(program)
        for arg in args:
            if arg.startswith("--"):
                flag = arg.split("=", 1)[0]
                if not re.search(r"(^|[\s,])%s\b" % re.escape(flag), help_text):
                    self.finding(where, "%s has no option %s" % (program, flag))
        if program == "homingctl":
            positional = []
            skip = False
            for arg in args:
                if skip:
                    skip = False
                elif arg in ("--config-dir", "--limit"):
                    skip = True
                elif not arg.startswith("-"):
                    positional.append(arg)
            if positional:
                if not re.search(r"^\s+%s\b" % re.escape(positional[0]), help_text, flags=re.M):
                    self.finding(where, "homingctl has no command %s" % positional[0])
                if positional[0] == "secret" and len(positional) > 1 and \
                        not re.search(r"secret %s\b" % re.escape(positional[1]), help_text):
                    self.finding(where, "homingctl secret has no sub-command %s" % positional[1])

    def check_command(self, where, argv):
        argv = strip_prefix(argv)
        if not argv:
            return
        program, args = argv[0], argv[1:]
        if "/" in program:
            self.repo_path(where, program, executable=True)
            if program.endswith("packaging/dev.sh") and args:
                usage = open(os.path.join(self.source, "packaging/dev.sh")).read()
                if not re.search(r"packaging/dev\.sh %s\b" % re.escape(args[0]), usage):
                    self.finding(where, "packaging/dev.sh has no command %s" % args[0])
        elif program in PROGRAMS:
            self.check_program(where, program, args)
        elif shutil.which(program) is None:
            self.finding(where, "%s is not a program on this machine" % program)
        for arg in args:
            path = arg[2:] if arg.startswith("./") else arg
            if path.startswith(REPO_DIRS):
                self.repo_path(where, path)

    def run(self, readme):
        text = open(readme).read()
        blocks = shell_blocks(text)
        if not blocks:
            self.finding("README.md", "has no ```sh block")
        count = 0
        for block in blocks:
            for line, argv, error in commands(block):
                where = "README.md `%s`" % line.strip()
                if error:
                    self.finding(where, "does not parse: %s" % error)
                    continue
                count += 1
                self.check_command(where, argv)
        outside = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
        for span in re.findall(r"`([^`\n]+)`", outside) + re.findall(r"\]\(([^)\s]+)\)", outside):
            for word in span.split():
                if word.startswith(REPO_DIRS) and not re.search(r"[<>*]|[A-Z]{3,}", word):
                    self.repo_path("README.md `%s`" % span, word.split("#")[0])
        return count


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, build = sys.argv[1], sys.argv[2]
    checker = Checker(source, build)
    count = checker.run(os.path.join(source, "README.md"))
    for f in checker.findings:
        print("FAIL", f)
    print("check_readme: %d commands in the README's shell blocks, %d finding(s)" % (count, len(checker.findings)))
    sys.exit(1 if checker.findings else 0)


if __name__ == "__main__":
    main()

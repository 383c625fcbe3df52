/** The CLI's help text, shown by `--help` and after every usage error. */
export const USAGE = `Usage: projektbank-parse [options] <file|dir|->...

Parses ESF project-bank sheets and prints one JSON line per file:
  {"file":"…","project":{…}|null,"diagnostics":[…]}
Directories are walked recursively for *.txt files; files named explicitly are read whatever
their extension; - reads one sheet from standard input.

Options:
  --pretty             print a readable summary per file instead of JSON lines
  --concurrency <n>    files read ahead while parsing (default 8)
  -h, --help           show this help

Exit status: 0 when no file had an error-severity diagnostic, 1 when some did (every file is
still printed), 2 on a usage error (unknown option, no or missing path).`

/** A problem with the command line itself: exit code 2, message and usage on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

#!/usr/bin/env python3
"""Counts the instructions a program spends on keys, in a real pseudo-terminal, under callgrind.

scripts/callgrind-keys.py OUT MARKER KEYS -- CMD ARGS...

Starts `valgrind --tool=callgrind CMD` in a 120x40 pty (TERM=xterm-256color), waits until the
screen shows MARKER (the first frame), zeroes the counters (callgrind_control -z), types each of
KEYS waiting for the screen to settle after each, dumps the counters to OUT.1 and quits with q.
So OUT.1 holds the keys alone, start-up left out: divide by len(KEYS) for a key
(`callgrind_annotate --inclusive=yes OUT.1`). valgrind 3.19 cannot read the release build's
debug info: give it a copy made with `strip --strip-debug` (symbols stay). See docs/performance.md.
"""
import fcntl, os, pty, select, struct, subprocess, sys, termios, time

def main():
    if len(sys.argv) < 5 or "--" not in sys.argv:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    out, marker, keys = sys.argv[1:split]
    command = sys.argv[split + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        os.execvp("valgrind", ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    screen = b""

    def drain(seconds):
        nonlocal screen
        while select.select([fd], [], [], seconds)[0]:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            screen += chunk

    deadline = time.time() + 120
    while marker.encode() not in screen and time.time() < deadline:
        drain(0.5)
    drain(1.0)
    subprocess.run(["callgrind_control", "-z", str(pid)], capture_output=True)
    for key in keys:
        os.write(fd, key.encode())
        drain(0.6)
    subprocess.run(["callgrind_control", "-d", "keys", str(pid)], capture_output=True)
    os.write(fd, b"q")
    deadline = time.time() + 30
    while time.time() < deadline and os.waitpid(pid, os.WNOHANG) == (0, 0):
        drain(0.2)
    print(out + ".1")

if __name__ == "__main__":
    main()

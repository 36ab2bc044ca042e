"""Rapporteur's launcher for llama.cpp's server through xllamacpp (it has no command-line entry point).

Usage: python llama_server.py MODEL.gguf PORT CONTEXT_TOKENS [THREADS]
Serves /health, /v1/models and /v1/chat/completions on 127.0.0.1:PORT until SIGTERM or SIGINT.
When RAPPORTEUR_PARENT_PID is set, it also exits within a second of that process going away, so a
killed Rapporteur never leaves an orphan server behind.
"""
import os
import signal
import sys
import threading
import time

import xllamacpp as xlc


def watch_parent(parent: int) -> None:
    """Sends SIGTERM to this process once its parent is no longer `parent` (it died; we were re-parented)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os.kill(os.getpid(), signal.SIGTERM)


def main() -> None:
    model, port, n_ctx = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    threads = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    parent = os.environ.get("RAPPORTEUR_PARENT_PID")
    if parent and parent.isdigit() and os.getppid() == int(parent):
        threading.Thread(target=watch_parent, args=(int(parent),), daemon=True).start()
    p = xlc.CommonParams()
    p.model.path = model
    p.hostnames = ["127.0.0.1"]
    p.port = port
    p.n_ctx = n_ctx
    p.n_batch = 2048
    p.n_ubatch = 512
    p.n_parallel = 1
    p.cpuparams.n_threads = threads
    p.cpuparams_batch.n_threads = threads
    server = xlc.Server(p)
    print("listening", server.listening_address, flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    print("stopping", flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Two real console processes, each a real window on an Xvfb display, attached over TLS to the
real team server, read the way a screen reader reads them (the AT-SPI accessibility tree) and
typed into with the X keyboard (xdotool). Run by tests/system/with-desktop.sh:

    tst_consoleprocesses.py BELLBOARD_BINARY

What a support team checks on its desks: an event posted to the server shows on both, and both
say its alarm rings until acknowledged; `/ack` typed on one shows "acknowledged by alice" on
both and stops both alarms; a viewer's message is refused with a
sentence and not stored; the server SIGKILLed and restarted while events keep coming leaves both
desks with every event exactly once; a server that comes back with another certificate is
refused on both, saying so.
"""
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pyatspi

BINARY = sys.argv[1]
CHANNEL = "critical-server-errors"
TOKENS = {"alice": "alice-token-5d1e", "bob": "bob-token-77c2"}


def wait_for(what, predicate, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError("timed out waiting for " + what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_certificate(folder, name):
    crt, key = os.path.join(folder, name + ".crt"), os.path.join(folder, name + ".key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", crt,
                    "-days", "2", "-subj", "/CN=bellboard.test", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    printed = subprocess.run(["openssl", "x509", "-in", crt, "-noout", "-fingerprint", "-sha256"],
                             check=True, capture_output=True, text=True).stdout
    return crt, key, printed.strip().split("=", 1)[1]


class Server:
    """`bellboard --headless` over TLS with alice (operator) and bob (viewer)."""

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.url = "https://127.0.0.1:%d" % self.port
        self.process = None

    def start(self, crt, key):
        with open(os.path.join(self.folder, "server.toml"), "w") as config:
            config.write('[server]\nlisten = "127.0.0.1:%d"\ntls_certificate = "%s"\ntls_key = "%s"\n'
                         '[[users]]\nname = "alice"\ntoken = "alice"\nrole = "operator"\n'
                         '[[users]]\nname = "bob"\ntoken = "bob"\nrole = "viewer"\n' % (self.port, crt, key))
        environment = dict(os.environ, BELLBOARD_SECRET_ALICE=TOKENS["alice"], BELLBOARD_SECRET_BOB=TOKENS["bob"])
        self.tls = ssl.create_default_context(cafile=crt)
        self.process = subprocess.Popen([BINARY, "--headless", "--data-dir", os.path.join(self.folder, "data"),
                                         "--config", os.path.join(self.folder, "server.toml")],
                                        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for("the server to answer", lambda: self.request("GET", "/healthz")[0] == 200)

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.terminate()
        assert self.process.wait(60) == 0, "the server did not exit cleanly"

    def request(self, method, path, body=None, headers=None):
        request = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, context=self.tls, timeout=10) as reply:
                return reply.status, reply.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()
        except (OSError, ssl.SSLError):
            return 0, b""

    def post(self, text, level="info"):
        return self.request("POST", "/c/" + CHANNEL, text.encode(), {"X-Level": level})[0] == 200

    def search(self, query):
        status, body = self.request("GET", "/api/events?" + urllib.parse.urlencode({"q": query}),
                                    headers={"Authorization": "Bearer " + TOKENS["alice"]})
        assert status == 200, body
        return json.loads(body)["events"]


class Console:
    """`bellboard --connect URL` as a person at a desk, with a home of its own."""

    def __init__(self, folder, person, server, fingerprint):
        self.person = person
        home = os.path.join(folder, person)
        os.makedirs(os.path.join(home, "config", "bellboard"))
        # The desk last looked at the alerts channel (the window's own settings file).
        with open(os.path.join(home, "config", "bellboard", "window.ini"), "w") as settings:
            settings.write("[window]\nchannel=%s\n" % CHANNEL)
        environment = dict(os.environ, BELLBOARD_SECRET_REMOTE_TOKEN=TOKENS[person],
                           XDG_CONFIG_HOME=os.path.join(home, "config"), HOME=home)
        self.process = subprocess.Popen([BINARY, "--config", os.path.join(home, "console.toml"), "--data-dir",
                                         os.path.join(home, "data"), "--connect", server.url,
                                         "--certificate-sha256", fingerprint],
                                        env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.said = []
        threading.Thread(target=lambda: [self.said.append(line) for line in self.process.stdout], daemon=True).start()
        wait_for(person + "'s console to attach", lambda: any("as " + person in line for line in self.said))
        self.app = wait_for(person + "'s window on the accessibility bus", self.find_application)

    def find_application(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == self.process.pid:
                return app
        return None

    def find(self, role, name, node=None):
        node = node or self.app
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is None:
                continue
            if child.getRoleName() == role and child.name == name:
                return child
            found = self.find(role, name, child)
            if found:
                return found
        return None

    def feed(self):
        """The rows of the feed, as a screen reader says them."""
        feed = self.find("list", "Channel feed")
        return [feed.getChildAtIndex(i).name for i in range(feed.childCount)] if feed else []

    def text_of(self, role, name):
        widget = self.find(role, name)
        if not widget:
            return ""
        text = widget.queryText()
        return text.getText(0, text.characterCount)

    def ringing(self, node=None):
        """The status bar's line while an alarm repeats until acknowledged, "" when none shows."""
        node = node or self.app
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is None:
                continue
            if (child.getRoleName() == "push button" and child.name == "Alerts ringing until acknowledged"
                    and child.getState().contains(pyatspi.STATE_SHOWING)):
                return child.description
            found = self.ringing(child)
            if found:
                return found
        return ""

    def description_of(self, role, name):
        widget = self.find(role, name)
        return widget.description if widget else ""

    def everything_said(self, node=None):
        """Every name and text in the window: where a notice shows is the window's business."""
        node = node or self.app
        said = []
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is None:
                continue
            said.append(child.name)
            try:
                text = child.queryText()
                said.append(text.getText(0, text.characterCount))
            except NotImplementedError:
                pass
            said += self.everything_said(child)
        return said

    def type_in_composer(self, words):
        windows = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--sync", "--pid", str(self.process.pid), "--name", "— Bellboard"],
                                 check=True, capture_output=True, text=True).stdout.split()
        subprocess.run(["xdotool", "windowfocus", "--sync", windows[0]], check=True)
        self.find("text", "Message or command").queryComponent().grabFocus()
        subprocess.run(["xdotool", "type", "--delay", "30", words], check=True)
        # Return submits; when the command completer is open the first one only completes.
        for _ in range(3):
            subprocess.run(["xdotool", "key", "Return"], check=True)
            time.sleep(0.5)
            if not self.text_of("text", "Message or command").strip():
                return
        raise AssertionError("the composer kept %r" % self.text_of("text", "Message or command"))

    def close(self):
        self.process.terminate()
        self.process.wait(60)


def main():
    with tempfile.TemporaryDirectory(prefix="bb-consoles-") as folder:
        server = Server(folder)
        desks = []
        try:
            check(folder, server, desks)
        finally:  # whatever failed, no process outlives the test
            for process in [desk.process for desk in desks] + [server.process]:
                if process and process.poll() is None:
                    process.kill()
                    process.wait()


def check(folder, server, desks):
    first_crt, first_key, first_fingerprint = make_certificate(folder, "first")
    second_crt, second_key, _ = make_certificate(folder, "second")
    server.start(first_crt, first_key)
    alice = Console(folder, "alice", server, first_fingerprint)
    desks.append(alice)
    bob = Console(folder, "bob", server, first_fingerprint)
    desks.append(bob)

    # An event posted to the server shows on both desks.
    assert server.post("Error while charging card of frank@example.com", "crit")
    for desk in desks:
        wait_for("frank's error on %s's desk" % desk.person,
                 lambda: any("frank@example.com" in row for row in desk.feed()))
    print("PASS: an event posted to the server shows on both desks")
    for desk in desks:
        wait_for("the alarm line on %s's desk" % desk.person, lambda: "#" + CHANNEL in desk.ringing())
    print("PASS: both desks say the crit alert rings until acknowledged")

    # /ack typed at alice's desk: both say who took it.
    alice.type_in_composer("/ack")
    for desk in desks:
        wait_for("'acknowledged by alice' on %s's desk" % desk.person,
                 lambda: any("frank@example.com" in row and "(acknowledged by alice)" in row for row in desk.feed()))
    frank = server.search("frank@example.com")
    assert frank[0]["acknowledged"]["by"] == "alice", frank
    for desk in desks:
        wait_for("the alarm to stop on %s's desk" % desk.person, lambda: not desk.ringing())
    print("PASS: /ack typed on one desk shows as acknowledged by alice on both, and both alarms stop")

    # A viewer's message is refused with a sentence, and nothing is stored.
    bob.type_in_composer("taking this one")
    try:
        wait_for("bob's refusal", lambda: any("does not allow" in said for said in bob.everything_said()), timeout=30)
    except AssertionError:
        print("\n".join(x for x in bob.everything_said() if x))
        raise
    assert not server.search('"taking this one"')
    print("PASS: a viewer's message is refused with a sentence and not stored")

    # The server killed and restarted while events keep coming.
    posted = []

    def keep_posting():
        for n in range(40):
            text = "load event %02d." % n
            while not server.post(text):
                time.sleep(0.2)  # down: the sender retries, as a real one does
            posted.append(text)
            time.sleep(0.1)

    sender = threading.Thread(target=keep_posting)
    sender.start()
    wait_for("the first events", lambda: len(posted) >= 10)
    server.kill()
    time.sleep(2)
    server.start(first_crt, first_key)
    sender.join()
    for desk in desks:
        def every_event_once():
            rows = desk.feed()
            return all(sum(text in row for row in rows) == 1 for text in posted)
        wait_for("every event exactly once on %s's desk" % desk.person, every_event_once, timeout=120)
    print("PASS: after a SIGKILL and restart both desks have every event exactly once")

    # The server comes back with another certificate: both desks refuse it and say so.
    server.stop()
    server.start(second_crt, second_key)
    for desk in desks:
        wait_for("%s's desk to refuse the changed certificate" % desk.person,
                 lambda: "CHANGED" in desk.description_of("label", "Connection to the server"))
    print("PASS: a changed certificate is refused on both desks")

    for desk in desks:
        desk.close()
    server.stop()
    print("all passed")


if __name__ == "__main__":
    main()

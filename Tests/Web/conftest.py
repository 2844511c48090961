"""Fixtures of the browser tests: a real jixiaod and a real jixiao-web, run as real Unix
users in real role groups, and headless Chromium driven by Debian's chromedriver.

The tests run as root (they create the users and groups, like the Swift integration
tests); elsewhere they are skipped, loudly. JIXIAO_BIN_DIR names the folder with jixiaod,
jixiao and jixiao-web (default .build/debug).
"""

import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = pathlib.Path(os.environ.get("JIXIAO_BIN_DIR", ROOT / ".build" / "debug"))
GROUPS = {"read": "jxt-read", "operator": "jxt-oper", "admin": "jxt-admin"}
# Unix user -> primary group. jxt-proxy is jixiao-web's own user (it reads, for its watch).
USERS = {"jxt-clerk": "jxt-oper", "jxt-reader": "jxt-read", "jxt-boss": "jxt-admin", "jxt-proxy": "jxt-read"}
# Web account -> (Unix user, password, display name).
ACCOUNTS = {
    "olga": ("jxt-clerk", "olga-pass-2025", "张会计"),
    "rita": ("jxt-reader", "rita-pass-2025", "李审核"),
    "adam": ("jxt-boss", "adam-pass-2025", "王局长"),
    "tess": ("jxt-clerk", "tess-pass-2025", ""),
}
SEED = """
UNIT CREATE ceshi name=测试县医疗保障局 level=县
YEAR CREATE ceshi 2025 staff_authorized=20 staff_actual=18
DEPT UPDATE ceshi 2025 budget_initial=200万元 budget_full=200万元
PROJECT CREATE ceshi 2025 jiandu name=医保基金监管专项经费 supervisor=测试县财政局 implementer=测试县医疗保障局 budget_initial=100万元 budget_full=100万元 execution_weight=10
INDICATOR CREATE ceshi 2025 jiandu cishu level1=产出指标 level2=数量指标 name=开展专项检查次数 target=≥12次 weight=30
INDICATOR CREATE ceshi 2025 jiandu fugai level1=产出指标 level2=质量指标 name=定点医药机构检查覆盖率 target=≥95% weight=30
INDICATOR CREATE ceshi 2025 jiandu jishi level1=产出指标 level2=时效指标 name=问题整改按时完成率 target=100% weight=10
INDICATOR CREATE ceshi 2025 jiandu manyi level1=满意度指标 level2=服务对象满意度指标 name=参保群众满意度 target=≥90% weight=20
"""


def run(*args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="session")
def users():
    if os.geteuid() != 0 or not shutil.which("setpriv") or not shutil.which("useradd"):
        pytest.skip("BROWSER TESTS SKIPPED: they need root, useradd and setpriv (run as root, as CI does)")
    for group in list(GROUPS.values()):
        run("groupadd", "-f", group)
    for user, group in USERS.items():
        if subprocess.run(["id", user], capture_output=True).returncode != 0:
            status = subprocess.run(["useradd", "-M", "-N", "-g", group, "-s", "/usr/sbin/nologin", user]).returncode
            assert status in (0, 9), f"useradd {user}"
    return USERS


class Stack:
    """jixiaod and jixiao-web on a scratch folder."""

    def __init__(self, folder):
        self.folder = folder
        self.socket = str(folder / "jixiao.sock")
        self.accounts = str(folder / "web-users")
        self.processes = []
        self.url = None

    def jixiao(self, *args, user=None, stdin=None):
        command = [str(BIN / "jixiao"), *args]
        if user:
            command = ["setpriv", "--reuid", user, "--regid", USERS[user], "--init-groups", "--", *command]
        return subprocess.run(command, input=stdin, capture_output=True, text=True,
                              env=dict(os.environ, JIXIAO_SOCKET=self.socket))

    def raw(self, line, user=None):
        return self.jixiao("raw", line, user=user)

    def start(self):
        config = self.folder / "jixiao.conf"
        config.write_text(
            f"role_read = {GROUPS['read']}\nrole_operator = {GROUPS['operator']}\nrole_admin = {GROUPS['admin']}\n"
            "trusted_proxies = jxt-proxy\n"
        )
        log = open(self.folder / "jixiaod.log", "w")
        daemon = subprocess.Popen(
            [str(BIN / "jixiaod"), "--config", str(config), "--socket", self.socket, "--state-dir",
             str(self.folder / "state"), "--socket-mode", "0666"], stdout=log, stderr=log)
        self.processes.append(daemon)
        for _ in range(400):
            if os.path.exists(self.socket) and self.raw("PING").returncode == 0:
                break
            assert daemon.poll() is None, (self.folder / "jixiaod.log").read_text()
            time.sleep(0.05)
        seed = self.folder / "seed.jx"
        seed.write_text(SEED)
        result = self.jixiao("batch", str(seed))
        assert result.returncode == 0, result.stderr
        for name, (unix_user, password, display) in ACCOUNTS.items():
            args = ["web-user", "add", name, "--unix-user", unix_user, "--file", self.accounts, "--password-stdin"]
            if display:
                args += ["--display-name", display]
            result = self.jixiao(*args, stdin=password + "\n")
            assert result.returncode == 0, result.stderr
        os.chmod(self.accounts, 0o644)
        os.chmod(self.folder, 0o755)
        # jixiao-web runs as jxt-proxy and spawns the workbook filter itself: a copy in the
        # scratch folder (0755), so that a checkout jxt-proxy cannot enter (a `mktemp -d`
        # clone is 0700) does not turn the Excel download into a 500.
        xlsx = self.folder / "jixiao-xlsx"
        shutil.copy(BIN / "jixiao-xlsx", xlsx)
        os.chmod(xlsx, 0o755)
        self.web_log = open(self.folder / "jixiao-web.log", "w")
        web = subprocess.Popen(
            ["setpriv", "--reuid", "jxt-proxy", "--regid", "jxt-read", "--init-groups", "--", str(BIN / "jixiao-web"),
             "--listen", "127.0.0.1:0", "--socket", self.socket, "--accounts", self.accounts],
            stdout=subprocess.PIPE, stderr=self.web_log, text=True, env=dict(os.environ, JIXIAO_XLSX=str(xlsx)))
        self.processes.append(web)
        line = web.stdout.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)/", line)
        assert match, f"jixiao-web said {line!r}: {(self.folder / 'jixiao-web.log').read_text()}"
        self.url = match.group(1)

    def stop(self):
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="session")
def stack(users):
    folder = pathlib.Path(tempfile.mkdtemp(prefix="jixiao-web-test."))
    stack = Stack(folder)
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()
        if os.environ.get("JIXIAO_WEB_KEEP"):
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def browsers():
    """Opens headless Chromium sessions (each its own profile: its own cookies)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    # Selenium must never look for a browser or driver on the network.
    os.environ["SE_OFFLINE"] = "true"
    os.environ["SE_AVOID_STATS"] = "true"
    opened = []

    def open_browser():
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1500",
                         "--lang=zh-CN", "--no-first-run", "--disable-dev-shm-usage"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
        driver.implicitly_wait(0)
        opened.append(driver)
        return driver

    yield open_browser
    for driver in opened:
        driver.quit()

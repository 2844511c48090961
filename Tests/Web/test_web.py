"""jixiao-web in a real browser (headless Chromium through Debian's chromedriver), against a
real jixiaod: what a county bureau's finance officers do with it, and what must be refused.

The tests share one jixiaod and one jixiao-web and run in this file's order (the year is
submitted last).
"""

import base64
import http.server
import os
import pathlib
import re
import shutil
import threading
import time

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

YEAR = "/y/ceshi/2025"
MONITOR = YEAR + "?date=2025-06-30&chart=jiandu"


def wait_for(condition, timeout=15, message="condition"):
    """Polls `condition` until it returns something true. While a page is being replaced the
    driver answers with errors that only mean "not there yet": a missing or stale element, and
    Chromium's "Node with given id does not belong to the document" or a destroyed script
    context (WebDriverException with an unknown error, seen in CI on 2026-12-07). Those are
    retried; the last one is named if the wait times out."""
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        try:
            last = condition()
            if last:
                return last
        except WebDriverException as error:
            last = error
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {message} (last: {last!r})")


def submit(driver, button):
    """Clicks a form's button and waits until the browser has loaded the page that answers it:
    a click returns before the POST's answer has loaded, and the old page (with the previous
    save's flash) would otherwise be read as the answer. The old page is told by a mark set
    on its window, which a new document does not have; asking the old page's elements whether
    they are stale is not enough (Chromium may answer a detached node with an unknown error)."""
    driver.execute_script("window.jixiaoBeforeSubmit = true")
    button.click()

    def arrived():
        return driver.execute_script(
            "return window.jixiaoBeforeSubmit === undefined && document.readyState === 'complete'")

    wait_for(arrived, message="the page after the submit")


def change_number(flash):
    """The journal sequence a save's flash names (已保存（第N号变更）)."""
    return int(re.search(r"第(\d+)号变更", flash).group(1))


def log_in(driver, stack, name, password=None):
    from conftest import ACCOUNTS

    driver.get(stack.url + "/login")
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(password or ACCOUNTS[name][1])
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    # The next page: logged in (the bar names the person) or refused (the form again).
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".bar .who, .flash.refused"), message="the login's answer")


def monitor_row(driver, owner="jiandu"):
    row = driver.find_element(By.CSS_SELECTOR, f"#monitor tr[data-owner={owner}]")
    return row.get_attribute("class"), row.find_element(By.CSS_SELECTOR, "td.rate").text


def record_payment(driver, stack, date, amount, unit="元", note="", owner="jiandu", line="source.current"):
    driver.get(stack.url + YEAR + "/payment")
    Select(driver.find_element(By.NAME, "owner")).select_by_value(owner)
    Select(driver.find_element(By.NAME, "line")).select_by_value(line)
    driver.execute_script("document.getElementById('date').value = arguments[0]", date)
    driver.find_element(By.NAME, "amount").send_keys(amount)
    Select(driver.find_element(By.NAME, "amount_unit")).select_by_value(unit)
    if note:
        driver.find_element(By.NAME, "note").send_keys(note)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.entry button[type=submit]"))
    wait_for(lambda: driver.find_elements(By.ID, "flash"), message="the flash after saving")
    return driver.find_element(By.ID, "flash").text


def payments(stack):
    result = stack.raw("PAYMENT LIST ceshi 2025 jiandu")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[1:]


def save_picture(driver, stack, name):
    path = stack.folder / name
    driver.save_screenshot(str(path))
    docs = os.environ.get("JIXIAO_DOCS_DIR")
    if docs:
        shutil.copy(path, pathlib.Path(docs) / name)
    return path


def test_an_operator_records_a_payment_and_sees_the_execution_rate_and_monitor_colour_change(stack, browsers):
    olga = browsers()
    log_in(olga, stack, "olga")
    assert olga.current_url.endswith("/years")
    assert "测试县医疗保障局" in olga.page_source
    olga.get(stack.url + MONITOR)
    level, rate = monitor_row(olga)
    assert "level-row-green" in level and rate == ""
    assert "尚无支付记录" in olga.find_element(By.ID, "monitor").text

    flash = record_payment(olga, stack, "2025-05-10", "50000", note="第一批检查经费")
    assert "支付已保存" in flash
    olga.get(stack.url + MONITOR)
    level, rate = monitor_row(olga)
    assert rate == "5.00%" and "level-row-red" in level, (level, rate)
    assert "红色预警" in olga.find_element(By.CSS_SELECTOR, "#monitor tr[data-owner=jiandu]").text

    record_payment(olga, stack, "2025-06-01", "45", unit="万元", note="第二季度检查及专家劳务", line="source.carryover")
    olga.get(stack.url + MONITOR)
    level, rate = monitor_row(olga)
    assert rate == "50.00%" and "level-row-green" in level, (level, rate)
    lines = payments(stack)
    assert len(lines) == 2 and "第一批检查经费" in lines[0], lines
    history = stack.raw("HISTORY ceshi/2025/jiandu/payment/1").stdout
    assert "\tjxt-clerk@jxt-proxy\t" in history, history


def test_an_actual_value_that_fails_its_target_shows_the_finding_on_save(stack, browsers):
    olga = browsers()
    log_in(olga, stack, "olga")
    olga.get(stack.url + YEAR + "/indicator/jiandu/fugai")
    field = olga.find_element(By.NAME, "actual")
    field.clear()
    field.send_keys("80%")
    submit(olga, olga.find_element(By.CSS_SELECTOR, "form.entry button[type=submit]"))
    flash = wait_for(lambda: olga.find_element(By.ID, "flash").text, message="the flash")
    assert "已保存" in flash
    assert "未完成目标≥95%（实际80%），未填偏差原因分析及改进措施" in flash, flash
    assert olga.find_element(By.ID, "final-score").text == "25.26"

    olga.find_element(By.NAME, "deviation").send_keys("部分民营机构上半年停业整顿，下半年补检。")
    submit(olga, olga.find_element(By.CSS_SELECTOR, "form.entry button[type=submit]"))
    second = wait_for(lambda: olga.find_element(By.ID, "flash").text, message="the second flash")
    assert change_number(second) == change_number(flash) + 1, (flash, second)
    assert "该对象未发现问题" in second, second
    olga.get(stack.url + YEAR)
    findings = olga.find_element(By.CSS_SELECTOR, "table.findings").text if olga.find_elements(
        By.CSS_SELECTOR, "table.findings") else ""
    assert "未填偏差原因" not in findings


def test_a_second_browser_sees_a_change_live_without_reloading(stack, browsers):
    olga, rita = browsers(), browsers()
    log_in(olga, stack, "olga")
    log_in(rita, stack, "rita")
    rita.get(stack.url + MONITOR)
    rita.execute_script("window.jixiaoMarker = 42")
    wait_for(lambda: "on" in rita.find_element(By.CSS_SELECTOR, ".live-state").get_attribute("class"),
             message="the live connection")
    _, before = monitor_row(rita)
    record_payment(olga, stack, "2025-06-20", "100000", note="第二批飞行检查差旅")
    wait_for(lambda: monitor_row(rita)[1] == "60.00%", message=f"the rate to change live (was {before})")
    assert rita.execute_script("return window.jixiaoMarker") == 42, "the page was reloaded"
    assert "on" in rita.find_element(By.CSS_SELECTOR, ".live-state").get_attribute("class"), "still shown as live"

    # A change made anywhere, here with the command-line client, shows up too.
    assert stack.raw("PAYMENT ADD ceshi 2025 jiandu date=2025-06-25 amount=10万元 note=命令行").returncode == 0
    wait_for(lambda: monitor_row(rita)[1] == "70.00%", message="the CLI's change to show")
    assert rita.execute_script("return window.jixiaoMarker") == 42


def test_a_read_only_user_is_refused_the_form(stack, browsers):
    rita = browsers()
    log_in(rita, stack, "rita")
    rita.get(stack.url + YEAR)
    assert "只读" in rita.find_element(By.CSS_SELECTOR, ".bar .role").text
    assert not rita.find_elements(By.LINK_TEXT, "录入支付")
    rita.get(stack.url + YEAR + "/payment")
    assert "没有权限" in rita.page_source and "只读" in rita.find_element(By.TAG_NAME, "main").text
    count = len(payments(stack))
    # Even a well-formed POST with her own session's token is refused.
    rita.execute_script(
        """
        const token = document.querySelector('input[name=csrf]').value;
        const form = document.createElement('form');
        form.method = 'post'; form.action = arguments[0];
        for (const [k, v] of [['csrf', token], ['owner', 'jiandu'], ['date', '2025-07-01'], ['amount', '1'], ['amount_unit', '元']]) {
          const input = document.createElement('input'); input.name = k; input.value = v; form.appendChild(input);
        }
        document.body.appendChild(form); form.submit();
        """, YEAR + "/payment")
    wait_for(lambda: "没有权限" in rita.page_source, message="the refusal")
    assert len(payments(stack)) == count


def test_a_forged_post_without_the_csrf_token_is_refused(stack, browsers):
    olga = browsers()
    log_in(olga, stack, "olga")
    olga.get(stack.url + YEAR)
    count = len(payments(stack))
    for token in [None, "0" * 64]:
        olga.execute_script(
            """
            const form = document.createElement('form');
            form.method = 'post'; form.action = arguments[0];
            const fields = [['owner', 'jiandu'], ['date', '2025-07-01'], ['amount', '999'], ['amount_unit', '元'], ['note', '伪造']];
            if (arguments[1]) { fields.push(['csrf', arguments[1]]); }
            for (const [k, v] of fields) {
              const input = document.createElement('input'); input.name = k; input.value = v; form.appendChild(input);
            }
            document.body.appendChild(form); form.submit();
            """, YEAR + "/payment", token)
        wait_for(lambda: "请求无效" in olga.page_source, message="the CSRF refusal")
        olga.get(stack.url + YEAR)

    # A page on another site that posts to jixiao-web: the session cookie (SameSite=Strict)
    # is not sent, so it lands on the login page, and nothing is recorded.
    attack = stack.folder / "attack"
    attack.mkdir(exist_ok=True)
    (attack / "index.html").write_text(
        f"""<!DOCTYPE html><html><body><form id="f" method="post" action="{stack.url}{YEAR}/payment">
        <input name="owner" value="jiandu"><input name="date" value="2025-07-01"><input name="amount" value="888">
        <input name="amount_unit" value="元"><input name="note" value="跨站伪造"></form>
        <script>document.getElementById('f').submit();</script></body></html>""")
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=str(attack))
    server = http.server.ThreadingHTTPServer(("127.0.0.2", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        olga.get(f"http://127.0.0.2:{server.server_address[1]}/index.html")
        wait_for(lambda: olga.current_url.startswith(stack.url), message="the cross-site post to land")
        assert "/login" in olga.current_url or "请求无效" in olga.page_source, olga.current_url
    finally:
        server.shutdown()
    assert len(payments(stack)) == count
    assert "伪造" not in "\n".join(payments(stack))


def test_the_indicator_table_is_edited_as_a_grid(stack, browsers):
    olga = browsers()
    log_in(olga, stack, "olga")
    olga.get(stack.url + YEAR + "/indicators?owner=jiandu")
    target = olga.find_element(By.NAME, "target.cishu")
    target.clear()
    target.send_keys("≥15次")
    actual = olga.find_element(By.NAME, "actual.cishu")
    actual.send_keys("16次")
    olga.find_element(By.NAME, "new.code").send_keys("xinzeng")
    for field, value in [("level1", "效益指标"), ("level2", "社会效益指标"), ("name", "追回违规基金"), ("target", "≥50万元"), ("weight", "0")]:
        olga.find_element(By.NAME, f"new.{field}").send_keys(value)
    submit(olga, olga.find_element(By.CSS_SELECTOR, "table.grid").find_element(By.XPATH, "..").find_element(
        By.CSS_SELECTOR, "button[type=submit]"))
    flash = wait_for(lambda: olga.find_element(By.ID, "flash").text, message="the grid's flash")
    assert "已保存2行" in flash, flash
    got = stack.raw("INDICATOR GET ceshi 2025 jiandu cishu").stdout
    assert "≥15次" in got and "16次" in got, got
    assert "追回违规基金" in stack.raw("INDICATOR GET ceshi 2025 jiandu xinzeng").stdout
    # The two changes are one journal record (one transaction).
    history = stack.raw("HISTORY ceshi/2025/jiandu/indicator/xinzeng").stdout.splitlines()[1]
    cishu = stack.raw("HISTORY ceshi/2025/jiandu/indicator/cishu").stdout.splitlines()[-1]
    assert history.split("\t")[0] == cishu.split("\t")[0]


def test_the_self_evaluation_table_prints(stack, browsers):
    olga = browsers()
    log_in(olga, stack, "olga")
    olga.get(stack.url + YEAR + "/table?owner=jiandu&form=evaluation")
    assert olga.find_element(By.TAG_NAME, "h1").text == "项目支出绩效自评表"
    assert "医保基金监管专项经费" in olga.page_source
    save_picture(olga, stack, "web-table.png")
    pdf = base64.b64decode(olga.print_page())
    assert pdf.startswith(b"%PDF-")
    (stack.folder / "ziping.pdf").write_bytes(pdf)
    pages = pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page/") + pdf.count(b"/Type /Page ") + pdf.count(
        b"/Type/Page/") + pdf.count(b"/Type/Page\n")
    assert pages == 1, pages


def test_the_tables_download_as_an_excel_workbook(stack, browsers):
    import io
    import urllib.request

    import openpyxl

    olga = browsers()
    log_in(olga, stack, "olga")
    olga.get(stack.url + YEAR + "/table?owner=jiandu&form=evaluation")
    link = olga.find_element(By.LINK_TEXT, "下载 Excel").get_attribute("href")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in olga.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(link, headers={"Cookie": cookie})) as response:
        assert response.headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        assert 'filename="ceshi-2025-jiandu.xlsx"' in response.headers["Content-Disposition"]
        body = response.read()
    (stack.folder / "ziping.xlsx").write_bytes(body)
    book = openpyxl.load_workbook(io.BytesIO(body))
    values = [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert "项目支出绩效自评表" in values and "医保基金监管专项经费" in values, values[:40]
    assert 100 in values, "年初预算数 as the number 100 (万元)"
    # Without a session the download is refused like any page.
    with urllib.request.urlopen(urllib.request.Request(link)) as response:
        assert "/login" in response.url


def test_a_budget_adjustment_moves_the_monitored_budget(stack, browsers):
    olga = browsers()
    log_in(olga, stack, "olga")
    olga.get(stack.url + MONITOR)
    budget = olga.find_element(By.CSS_SELECTOR, "#monitor tr[data-owner=jiandu] td:nth-child(3)").text
    olga.get(stack.url + YEAR + "/adjustment")
    Select(olga.find_element(By.NAME, "owner")).select_by_value("jiandu")
    olga.execute_script("document.getElementById('date').value = '2025-04-01'")
    Select(olga.find_element(By.NAME, "kind")).select_by_value("追加")
    olga.find_element(By.NAME, "amount").send_keys("20")
    Select(olga.find_element(By.NAME, "amount_unit")).select_by_value("万元")
    olga.find_element(By.NAME, "reason").send_keys("追加飞行检查经费")
    submit(olga, olga.find_element(By.CSS_SELECTOR, "form.entry button[type=submit]"))
    flash = wait_for(lambda: olga.find_element(By.ID, "flash").text, message="the adjustment's flash")
    assert "预算调整已保存" in flash
    # 年初预算数 plus the adjustments is no longer 全年预算数: the checker says so on save.
    assert "全年预算数" in flash, flash
    olga.get(stack.url + MONITOR)
    after = olga.find_element(By.CSS_SELECTOR, "#monitor tr[data-owner=jiandu] td:nth-child(3)").text
    assert (budget, after) == ("100.00", "120.00"), (budget, after)
    # The picture in docs/: the dashboard at the end of the third quarter.
    olga.get(stack.url + YEAR + "?date=2025-09-30&chart=jiandu")
    assert "黄色预警" in olga.find_element(By.ID, "monitor").text
    save_picture(olga, stack, "web-dashboard.png")


def test_every_value_is_escaped(stack, browsers):
    olga = browsers()
    log_in(olga, stack, "olga")
    note = '<img src=x id=injected onerror="document.title=1">&"'
    record_payment(olga, stack, "2025-06-28", "1", note=note)
    olga.get(stack.url + YEAR + "?chart=jiandu")
    assert note in olga.find_element(By.ID, "payments").text
    olga.get(stack.url + YEAR + "/history?path=ceshi/2025/jiandu")
    assert "document.title=1" in olga.find_element(By.TAG_NAME, "main").text
    assert not olga.find_elements(By.ID, "injected")
    assert olga.title != "1"


def test_login_attempts_are_rate_limited(stack, browsers):
    tess = browsers()
    for _ in range(5):
        log_in(tess, stack, "tess", password="wrong-password")
        assert "登录名或密码不正确" in tess.page_source
    log_in(tess, stack, "tess")
    assert "登录失败次数过多" in tess.page_source
    assert "/login" in tess.current_url


def test_submit_locks_the_year_and_an_admin_reopens_it(stack, browsers):
    olga, adam = browsers(), browsers()
    log_in(olga, stack, "olga")
    olga.get(stack.url + YEAR)
    olga.execute_script("window.confirm = () => true")
    submit(olga, olga.find_element(By.XPATH, "//button[text()='提交年度']"))
    # The year has error findings: the submit gate refuses, naming them, and offers to submit
    # anyway with a reason that the daemon records.
    refusal = wait_for(lambda: olga.find_element(By.ID, "flash").text, message="the submit refusal")
    assert "检查发现错误" in refusal and "个错误" in refusal, refusal
    olga.find_element(By.NAME, "reason").send_keys("自评表按已印发版本报送，错误另行说明")
    submit(olga, olga.find_element(By.XPATH, "//button[text()='仍然提交']"))
    wait_for(lambda: "已提交" in olga.find_element(By.CSS_SELECTOR, "h1 .status").text, message="submitted")
    assert "自评表按已印发版本报送" in stack.raw("YEAR GET ceshi 2025").stdout
    assert not olga.find_elements(By.LINK_TEXT, "录入支付")
    flash = record_payment_refused(olga, stack)
    assert "已提交锁定" in flash, flash

    log_in(adam, stack, "adam")
    adam.get(stack.url + YEAR)
    adam.find_element(By.LINK_TEXT, "重新打开").click()
    reason = wait_for(lambda: adam.find_element(By.CSS_SELECTOR, "form.entry [name=reason]"), message="the reopen form")
    reason.send_keys("财政局要求补录12月支付")
    submit(adam, adam.find_element(By.CSS_SELECTOR, "form.entry button[type=submit]"))
    wait_for(lambda: "已重新打开" in adam.find_element(By.CSS_SELECTOR, "h1 .status").text, message="reopened")
    assert "财政局要求补录12月支付" in stack.raw("YEAR GET ceshi 2025").stdout


def record_payment_refused(driver, stack):
    """Posts the payment form of a locked year (the page no longer links it)."""
    driver.get(stack.url + YEAR + "/payment")
    driver.execute_script("document.getElementById('date').value = '2025-07-02'")
    driver.find_element(By.NAME, "amount").send_keys("100")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.entry button[type=submit]"))
    return wait_for(lambda: driver.find_element(By.ID, "flash").text, message="the refusal")

#!/usr/bin/env python3
"""Builds samples/2022-fuling-zhengwu-yaodian.constructed.txt from the 2021 sample.

The result is CONSTRUCTED, not a real notice: the 2021 notice with a handful of made-up edits,
so that `policyparse diff` has a next-year edit to compare against. The edits:
  1. a new year: every 2021年 becomes 2022年 (titles, issue date, deadlines);
  2. a reworded task: 开展重点领域突出问题专项治理 → 专项整治 (table and body);
  3. a removed task: 鼓励支持通过银行、邮政网点提供代办服务 (table row and body sentence);
  4. an added task (made up): 推行高频政务服务事项“免申即享”。 under （一）;
  5. a changed lead and deadline: 动态调整中介服务事项清单 is led by 区政务服务中心 alone,
     by 2022年9月30日 instead of 4月30日.
"""
from pathlib import Path

here = Path(__file__).resolve().parent
text = (here / "2021-fuling-zhengwu-yaodian.txt").read_text(encoding="utf-8")


def replace(old: str, new: str, count: int = -1) -> None:
    global text
    assert old in text, f"not found: {old!r}"
    text = text.replace(old, new, count)


replace("2021年", "2022年")
replace("2022年3月3日", "2022年3月8日")
replace("专项治理", "专项整治")
replace("\t\n\t鼓励支持通过银行、邮政网点提供代办服务。\n\t区公安局、区税务局、区市场监管局等区级相关部门\n\t\n\t持续推进\n\n", "", 1)
replace("鼓励支持通过银行、邮政网点提供代办服务。", "", 1)
replace("\t动态调整中介服务事项清单。\n\t区政务服务中心、区司法局\n\t区级有关部门\n\t2022年4月30日\n",
        "\t动态调整中介服务事项清单。\n\t区政务服务中心\n\t区级有关部门\n\t2022年9月30日\n", 1)
# the added task: a new row after the first row of （一）, and its sentence in the body
first_row = "\t全面承接落实市政府决定取消、下放和改变管理方式的行政许可事项。\n\t区政务服务中心、区司法局\n\t区级有关部门\n\t持续推进\n\n"
replace(first_row, first_row + "\t\n\t推行高频政务服务事项“免申即享”。\n\t区政务服务中心\n\t区级有关部门\n\t2022年10月31日\n\n", 1)
replace("全面承接落实市政府决定取消、下放和改变管理方式的行政许可事项。健全", "全面承接落实市政府决定取消、下放和改变管理方式的行政许可事项。推行高频政务服务事项“免申即享”。健全", 1)

(here / "2022-fuling-zhengwu-yaodian.constructed.txt").write_text(text, encoding="utf-8")

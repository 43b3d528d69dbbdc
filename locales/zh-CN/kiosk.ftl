# 屏幕上的固定文字（简体中文）。内容文字在 assets/content/ 里。

language-name = 中文
app-title = 长辈版
home-title = 您好！{ $name }

section-fraud = 防骗提醒
section-facilities = 便民设施
section-rights = 投诉维权

text-size-button = 文字大小：{ $level }
text-size-standard = 标准
text-size-large = 大
text-size-extra-large = 特大
theme-to-high-contrast = 换成高对比度
theme-to-calm = 换回标准颜色

nav-back = 返回
nav-home = 首页
call-staff = 呼叫工作人员

page-of = 第 { $page } 页，共 { $pages } 页
speech-where = { $title }，第 { $page } 页，共 { $pages } 页
page-previous = 上一页
page-next = 下一页

topic-signs = 怎么识别
topic-todo = 怎么办
topic-call = 打这些电话
facility-where = 在哪里
facility-ask = 怎么用

rights-eight = 您的八项权利
rights-steps = 怎样投诉
rights-bring = 要带什么
rights-warning = 谨防“代理维权”
numbered = { $n }. { $text }
days = { $days } 天
time-limit = { $what }：{ $days }内

idle-question = 还需要更多时间吗？
idle-countdown = { $seconds } 秒后回到首页，文字大小和颜色也会还原。
idle-more-time = 需要
staff-coming-title = 工作人员马上就来
staff-coming-body = 请在这里稍等，不用走开。
staff-coming-ok = 好的
attract-touch = 请轻触屏幕开始

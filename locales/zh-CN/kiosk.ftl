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

# 朗读
speech-read = 朗读
speech-pause = 暂停
speech-resume = 继续
speech-repeat = 重复
speech-stop = 停止
speech-slower = 慢一点
speech-faster = 快一点
speech-volume = 音量：{ $level }
speech-volume-low = 小
speech-volume-medium = 中
speech-volume-high = 大
speech-phone = { $name }，{ $number }
speech-button = { $name }，按钮
speech-title = { $name }，标题
# 电话号码一个数字一个数字地读：九六一一零
speech-digits = 零 一 二 三 四 五 六 七 八 九
speech-digit-join = {""}
speech-number-pause = {"，"}
speech-mode-help = 语音模式已打开。按 8 或向下键，到下一项。按 2 或向上键，回上一项。按 5 或回车键，选择。按 0，回首页。按小数点键，再听一遍。按加号或减号，调节音量。

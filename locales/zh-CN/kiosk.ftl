# 屏幕上的固定文字（简体中文）。内容文字在 assets/content/ 里。

language-name = 中文
app-title = 长辈版
home-title = 您好！{ $name }

section-fraud = 防骗提醒
section-facilities = 便民设施
section-transfer-check = 有人让您转账吗？
transfer-check-progress = 第 { $n } 个问题，共 { $of } 个
transfer-check-yes = 有
transfer-check-no = 没有
transfer-check-ask-staff = 请工作人员帮我看看
section-rights = 投诉维权
section-self-check = 这是骗局吗？
self-check-question = 这是骗局吗？
self-check-yes = 是骗局
self-check-no = 不是骗局
self-check-right-scam = 答对了：这是骗局。
self-check-right-safe = 答对了：这不是骗局。
self-check-wrong-scam = 要小心：这是骗局。
self-check-wrong-safe = 放心：这不是骗局。
self-check-see-topic = 看看这种骗局
self-check-next = 下一个

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
rights-report = 向监管部门举报
rights-counter = 在柜台，您可以要求
# 演示用的示例设施：标出“示例”，让人知道这不是本网点的真实情况。
sample-tag = { $name }（示例）
numbered = { $n }. { $text }
days = { $days } 天
time-limit = { $what }：{ $days }内
time-limit-more = { $what }：最多再延长 { $days }

idle-question = 还需要更多时间吗？
idle-countdown = { $seconds } 秒后回到首页，文字大小和颜色也会还原。
idle-more-time = 需要
staff-coming-title = 工作人员马上就来
staff-coming-body = 请在这里稍等，不用走开。
staff-coming-ok = 好的
staff-coming-why = 还可以点一下，告诉工作人员：
reason-call-family = 请帮我给家人打电话
reason-cannot-hear = 我听不清，请来当面说
reason-need-seat = 我需要坐下
offer-help-title = 要请工作人员过来帮您吗？
offer-help-yes = 要
offer-help-no = 不用
attract-touch = 请轻触屏幕开始

# 朗读
speech-read = 朗读
speech-pause = 暂停
speech-resume = 继续
speech-repeat = 重复
speech-stop = 停止
speech-sound = 声音
speech-slower = 慢一点
speech-faster = 快一点
speech-volume = 音量：{ $level }
speech-volume-low = 小
speech-volume-medium = 中
speech-volume-high = 大
speech-phone = { $name }，{ $number }
phone-sample-short = 示例号码，请勿拨打。
speech-button = { $name }，按钮
speech-title = { $name }，标题
# 电话号码一个数字一个数字地读：九六一一零
speech-digits = 零 一 二 三 四 五 六 七 八 九
speech-digit-join = {""}
speech-number-pause = {"，"}
speech-mode-help = 语音模式已打开。按 8 或向下键，到下一项。按 2 或向上键，回上一项。按 5 或回车键，选择。按 0，回首页。按小数点键，再听一遍。按加号或减号，调节音量。

# 工作人员（只有输入密码后才看得到）
staff-pin-title = 工作人员登录：请输入密码
staff-pin-erase = 删除
staff-pin-enter = 确定
staff-pin-wrong = 密码不对，请再试一次。
staff-pin-wait = 密码错误次数太多，请 { $seconds } 秒后再试。
staff-pin-none = 还没有设置密码。请在电脑上运行 kiosk set-pin。
staff-pin-locked = 密码连续错了 10 次，已经锁住。请管理员在电脑上运行 kiosk set-pin。
staff-title = 工作人员面板
staff-content = 内容
staff-content-ok = 内容文件没有问题。
staff-content-problems = 内容文件有 { $count } 个问题。顾客看到的是上一次正确的内容。
staff-speech = 语音
staff-speech-ready = 语音正常。
staff-speech-starting = 语音正在启动。
staff-speech-unavailable = 没有语音：{ $reason }
staff-today = 今天
staff-today-topics = 防骗页面打开 { $count } 次
staff-today-facilities = 设施页面打开 { $count } 次
staff-today-calls = 呼叫工作人员 { $count } 次
staff-today-language = 用{ $name }看了 { $count } 页
staff-settings = 设置（点一下就改）
# 设置按钮（见 src/staff/setting_table.rs）：$value 是设置的当前值。
staff-idle = 无操作提醒：{ $value } 秒
staff-default-size = 默认文字：{ $value }
staff-default-theme = 默认颜色：{ $value }
staff-theme-calm = 标准
staff-theme-high-contrast = 高对比度
staff-auto-read = 自动朗读：{ $value }
staff-hong-kong-voice = 繁体中文用粤语朗读：{ $value }
staff-offer-help = 顾客卡住时主动问：{ $value ->
    [0] 不问
   *[other] { $value } 秒后
}
staff-on = 开
staff-off = 关
staff-default-rate = 默认语速：{ $value }
staff-default-volume = 默认音量：{ $value }
staff-language = { $name }：{ $state }
staff-offered = 提供
staff-not-offered = 不提供
staff-actions = 操作
staff-reload = 重新载入内容
staff-reloaded = 已重新载入。内容问题：{ $count } 个。
staff-not-saved = 设置没有保存（{ $problem }）。重启后会恢复原来的设置。请检查磁盘空间和文件夹权限。
staff-fleet = 内容来自总行：第 { $version } 版（0 是本机自带的内容）。上次检查：{ $checked }。
staff-fleet-never = 还没有检查过
staff-fleet-problem = 内容更新没有成功，顾客看到的还是现在的内容：{ $problem }
staff-test-speech = 试听语音
staff-test-speech-sample = 这是语音测试。接到可疑电话，请拨打 96110。
staff-speech-how-to = 播放语音模式说明
staff-export = 导出使用统计
staff-exported = 已保存到 { $path }
staff-export-nowhere = 这台电脑没有保存统计的位置。
staff-leave = 退出亭机模式
staff-calls-answered = 已记下有人到场：这台机器上等待的呼叫（{ $reasons }）已应答。
staff-alert-delivered = 上一次呼叫已送达。
staff-screen-setting = 屏幕：{ $inches } 英寸（设置文件）。文字和按钮按毫米显示。
staff-screen-monitor = 屏幕：{ $inches } 英寸（显示器报告）。文字和按钮按毫米显示。
staff-screen-unknown = 不知道屏幕尺寸，文字按像素显示。在设置文件里写 screen_diagonal_inches = 21.5（写您屏幕的尺寸），文字和按钮就按毫米显示。
staff-sample-numbers = 这些电话还是示例号码，顾客看不到：{ $ids }。请在 branch.toml 写上本网点的真实号码。
staff-sample-facilities = 这 { $count } 项设施还是演示用的示例，顾客看不到：{ $ids }。请在 facilities.toml 写上本网点的真实情况，或删掉。
staff-alert-failed = 上一次呼叫没有送达：{ $error }

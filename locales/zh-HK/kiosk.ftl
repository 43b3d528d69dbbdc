# 屏幕上的固定文字（繁體中文）。內容文字在 assets/content/ 裏。

language-name = 繁體中文
app-title = 長者版
home-title = 您好！{ $name }

section-fraud = 防騙提醒
section-facilities = 便民設施
section-transfer-check = 有人叫您轉賬嗎？
transfer-check-progress = 第 { $n } 條問題，共 { $of } 條
transfer-check-yes = 有
transfer-check-no = 沒有
transfer-check-ask-staff = 請職員幫我看看
section-rights = 投訴與權益
section-self-check = 這是騙局嗎？
self-check-question = 這是騙局嗎？
self-check-yes = 是騙局
self-check-no = 不是騙局
self-check-right-scam = 答對了：這是騙局。
self-check-right-safe = 答對了：這不是騙局。
self-check-wrong-scam = 要小心：這是騙局。
self-check-wrong-safe = 放心：這不是騙局。
self-check-see-topic = 看看這種騙局
self-check-next = 下一個

text-size-button = 文字大小：{ $level }
text-size-standard = 標準
text-size-large = 大
text-size-extra-large = 特大
theme-to-high-contrast = 換成高對比度
theme-to-calm = 換回標準顏色

nav-back = 返回
nav-home = 首頁
call-staff = 呼叫職員

page-of = 第 { $page } 頁，共 { $pages } 頁
speech-where = { $title }，第 { $page } 頁，共 { $pages } 頁
page-previous = 上一頁
page-next = 下一頁

topic-signs = 怎樣識別
topic-todo = 怎麼辦
topic-call = 打這些電話
facility-where = 在哪裏
facility-ask = 怎樣用

rights-eight = 您的八項權利
rights-steps = 怎樣投訴
rights-bring = 要帶甚麼
rights-warning = 謹防「代理投訴」
rights-report = 向監管部門舉報
rights-counter = 在櫃位，您可以要求
# 示範用的設施：標出「示例」，讓人知道這不是本分行的真實情況。
sample-tag = { $name }（示例）
numbered = { $n }. { $text }
days = { $days } 天
time-limit = { $what }：{ $days }內
time-limit-more = { $what }：最多再延長 { $days }

idle-question = 還需要更多時間嗎？
idle-countdown = { $seconds } 秒後回到首頁，文字大小和顏色也會還原。
idle-more-time = 需要
staff-coming-title = 職員馬上就來
staff-coming-body = 請在這裏稍等，不用走開。
staff-coming-ok = 好的
staff-coming-why = 還可以按一下，告訴職員：
reason-call-family = 請幫我打電話給家人
reason-cannot-hear = 我聽不清楚，請過來當面說
reason-need-seat = 我需要坐下
offer-help-title = 要請職員過來幫您嗎？
offer-help-yes = 要
offer-help-no = 不用
attract-touch = 請輕觸屏幕開始

# 朗讀
speech-read = 朗讀
speech-pause = 暫停
speech-resume = 繼續
speech-repeat = 重複
speech-stop = 停止
speech-sound = 聲音
speech-slower = 慢一點
speech-faster = 快一點
speech-volume = 音量：{ $level }
speech-volume-low = 小
speech-volume-medium = 中
speech-volume-high = 大
speech-phone = { $name }，{ $number }
phone-sample-short = 示例號碼，請勿致電。
speech-button = { $name }，按鈕
speech-title = { $name }，標題
# 電話號碼逐個數字讀出：九六一一零
speech-digits = 零 一 二 三 四 五 六 七 八 九
speech-digit-join = {""}
speech-number-pause = {"，"}
speech-mode-help = 語音模式已開啟。按 8 或向下鍵，到下一項。按 2 或向上鍵，回上一項。按 5 或確認鍵，選擇。按 0，回首頁。按小數點鍵，再聽一遍。按加號或減號，調節音量。

# 職員（輸入密碼後才看得到）
staff-pin-title = 職員登入：請輸入密碼
staff-pin-erase = 刪除
staff-pin-enter = 確定
staff-pin-wrong = 密碼不對，請再試一次。
staff-pin-wait = 密碼錯誤次數太多，請 { $seconds } 秒後再試。
staff-pin-none = 還沒有設定密碼。請在電腦上執行 kiosk set-pin。
staff-pin-locked = 密碼連續錯了 10 次，已經鎖住。請管理員在電腦上執行 kiosk set-pin。
staff-title = 職員面板
staff-content = 內容
staff-content-ok = 內容檔案沒有問題。
staff-content-problems = 內容檔案有 { $count } 個問題。顧客看到的是上一次正確的內容。
staff-speech = 語音
staff-speech-ready = 語音正常。
staff-speech-starting = 語音正在啟動。
staff-speech-unavailable = 沒有語音：{ $reason }
staff-today = 今天
staff-today-topics = 防騙頁面打開 { $count } 次
staff-today-facilities = 設施頁面打開 { $count } 次
staff-today-calls = 呼叫職員 { $count } 次
staff-today-language = 用{ $name }看了 { $count } 頁
staff-settings = 設定（按一下就改）
# 設定按鈕（見 src/staff/setting_table.rs）：$value 是設定的目前值。
staff-idle = 無操作提醒：{ $value } 秒
staff-default-size = 預設文字：{ $value }
staff-default-theme = 預設顏色：{ $value }
staff-theme-calm = 標準
staff-theme-high-contrast = 高對比度
staff-auto-read = 自動朗讀：{ $value }
staff-hong-kong-voice = 繁體中文用粵語朗讀：{ $value }
staff-offer-help = 顧客卡住時主動問：{ $value ->
    [0] 不問
   *[other] { $value } 秒後
}
staff-on = 開
staff-off = 關
staff-default-rate = 預設語速：{ $value }
staff-default-volume = 預設音量：{ $value }
staff-language = { $name }：{ $state }
staff-offered = 提供
staff-not-offered = 不提供
staff-actions = 操作
staff-reload = 重新載入內容
staff-reloaded = 已重新載入。內容問題：{ $count } 個。
staff-not-saved = 設定沒有儲存（{ $problem }）。重新啟動後會恢復原來的設定。請檢查磁碟空間和資料夾權限。
staff-fleet = 內容來自總行：第 { $version } 版（0 是本機自帶的內容）。上次檢查：{ $checked }。
staff-fleet-never = 還沒有檢查過
staff-fleet-problem = 內容更新沒有成功，顧客看到的仍是現在的內容：{ $problem }
staff-test-speech = 試聽語音
staff-test-speech-sample = 這是語音測試。接到可疑電話，請撥打 96110。
staff-speech-how-to = 播放語音模式說明
staff-export = 匯出使用統計
staff-exported = 已儲存到 { $path }
staff-export-nowhere = 這部電腦沒有儲存統計的位置。
staff-leave = 退出亭機模式
staff-calls-answered = 已記下有人到場：這部機等待的呼叫（{ $reasons }）已應答。
staff-alert-delivered = 上一次呼叫已送達。
staff-screen-setting = 屏幕：{ $inches } 吋（設定檔）。文字和按鈕按毫米顯示。
staff-screen-monitor = 屏幕：{ $inches } 吋（顯示器報告）。文字和按鈕按毫米顯示。
staff-screen-unknown = 不知道屏幕尺寸，文字按像素顯示。在設定檔裏寫 screen_diagonal_inches = 21.5（寫您屏幕的尺寸），文字和按鈕就按毫米顯示。
staff-sample-numbers = 這些電話仍是示例號碼，顧客看不到：{ $ids }。請在 branch.toml 寫上本分行的真實號碼。
staff-sample-facilities = 這 { $count } 項設施仍是示範用的示例，顧客看不到：{ $ids }。請在 facilities.toml 寫上本分行的真實情況，或刪掉。
staff-alert-failed = 上一次呼叫沒有送達：{ $error }

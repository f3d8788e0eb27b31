<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Autostart</name>
    <message>
        <source>starting at login is not supported on this system</source>
        <translation>このシステムではログイン時の起動に対応していません</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>Bellboard, started at login</source>
        <translation>ログイン時に起動する Bellboard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ChannelAlertMenu</name>
    <message>
        <source>Mute for 30 minutes</source>
        <translation>30 分間ミュート</translation>
    </message>
    <message>
        <source>Mute for 1 hour</source>
        <translation>1 時間ミュート</translation>
    </message>
    <message>
        <source>Mute until tomorrow</source>
        <translation>明日までミュート</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ミュートを解除</translation>
    </message>
    <message>
        <source>Channel settings…</source>
        <translation>チャンネルの設定…</translation>
    </message>
    <message>
        <source>Not muted</source>
        <translation>ミュートしていません</translation>
    </message>
    <message>
        <source>Muted until %1</source>
        <translation>%1 までミュート中</translation>
    </message>
    <message>
        <source>Muted until tomorrow, %1</source>
        <translation>明日 %1 までミュート中</translation>
    </message>
    <message>
        <source>Muted until %1, %2</source>
        <translation>%1 %2 までミュート中</translation>
    </message>
</context>
<context>
    <name>ChannelPane</name>
    <message>
        <source>Channel shown in this pane</source>
        <translation>このペインに表示するチャンネル</translation>
    </message>
    <message>
        <source>Notify mode</source>
        <translation>通知方法</translation>
    </message>
    <message>
        <source>Split right (Ctrl+\)</source>
        <translation>右に分割（Ctrl+\）</translation>
    </message>
    <message>
        <source>Split right</source>
        <translation>右に分割</translation>
    </message>
    <message>
        <source>◫</source>
        <translation>◫</translation>
    </message>
    <message>
        <source>Arrange panes</source>
        <translation>ペインの配置</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>Close this pane (Ctrl+Shift+W)</source>
        <translation>このペインを閉じる（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation>ペインを閉じる</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsDialog</name>
    <message>
        <source>Channel settings</source>
        <translation>チャンネルの設定</translation>
    </message>
    <message>
        <source>When an event arrives</source>
        <translation>イベントが届いたとき</translation>
    </message>
    <message>
        <source>Notify mode</source>
        <translation>通知方法</translation>
    </message>
    <message>
        <source>&amp;Ring</source>
        <translation>鳴らす(&amp;R)</translation>
    </message>
    <message>
        <source>Play the sound, show a desktop notification and bold the channel</source>
        <translation>音を鳴らし、デスクトップ通知を表示して、チャンネルを太字にします</translation>
    </message>
    <message>
        <source>Plays the sound, shows a desktop notification, bolds the channel</source>
        <translation>音を鳴らし、デスクトップ通知を表示して、チャンネルを太字にします</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>太字(&amp;B)</translation>
    </message>
    <message>
        <source>Only bold the channel in the sidebar</source>
        <translation>サイドバーのチャンネルを太字にするだけです</translation>
    </message>
    <message>
        <source>Only bolds the channel in the sidebar</source>
        <translation>サイドバーのチャンネルを太字にするだけです</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>ミュート(&amp;M)</translation>
    </message>
    <message>
        <source>Nothing at all: no sound, no notification, no bold</source>
        <translation>何もしません（音も通知も太字もなし）</translation>
    </message>
    <message>
        <source>&amp;Celebrate</source>
        <translation>お祝い(&amp;C)</translation>
    </message>
    <message>
        <source>Play the sound and make it rain in the feed, for good news</source>
        <translation>音を鳴らし、フィードにコインの雨を降らせます（うれしい知らせに）</translation>
    </message>
    <message>
        <source>Plays the sound and makes it rain in the feed, for good news</source>
        <translation>音を鳴らし、フィードにコインの雨を降らせます（うれしい知らせに）</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>サウンド(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>試聴(&amp;T)</translation>
    </message>
    <message>
        <source>Play the sound at this volume now</source>
        <translation>この音量で今すぐ再生します</translation>
    </message>
    <message>
        <source>Test the sound</source>
        <translation>サウンドを試聴</translation>
    </message>
    <message>
        <source>Sound problem</source>
        <translation>サウンドの問題</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>音量(&amp;V):</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>&amp;Escalate crit events: ring with the alarm even though this channel only goes bold</source>
        <translation>crit イベントは格上げする(&amp;E): 太字だけのチャンネルでもアラームを鳴らします</translation>
    </message>
    <message>
        <source>Mute for a while</source>
        <translation>しばらくミュート</translation>
    </message>
    <message>
        <source>Mute state</source>
        <translation>ミュートの状態</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>30 分(&amp;3)</translation>
    </message>
    <message>
        <source>Mute for 30 minutes</source>
        <translation>30 分間ミュート</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>1 時間(&amp;1)</translation>
    </message>
    <message>
        <source>Mute for 1 hour</source>
        <translation>1 時間ミュート</translation>
    </message>
    <message>
        <source>Until t&amp;omorrow</source>
        <translation>明日まで(&amp;O)</translation>
    </message>
    <message>
        <source>Mute until tomorrow</source>
        <translation>明日までミュート</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>ミュート解除(&amp;N)</translation>
    </message>
    <message>
        <source>Problem saving the settings</source>
        <translation>設定の保存に関する問題</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Keep events in &lt;dir&gt; instead of the user&apos;s data folder.</source>
        <translation>イベントをユーザーのデータフォルダーではなく &lt;dir&gt; に保存します。</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of the user&apos;s config folder.</source>
        <translation>設定をユーザーの設定フォルダーではなく &lt;file&gt; から読み込みます。</translation>
    </message>
    <message>
        <source>`%1` could not start: %2</source>
        <translation>`%1` を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>`%1` crashed after %2 s</source>
        <translation>`%1` は %2 秒後にクラッシュしました</translation>
    </message>
    <message>
        <source>`%1` failed with exit status %2 after %3 s</source>
        <translation>`%1` は %3 秒後に終了ステータス %2 で失敗しました</translation>
    </message>
    <message>
        <source>`%1` succeeded in %2 s</source>
        <translation>`%1` は %2 秒で成功しました</translation>
    </message>
    <message>
        <source>Run a command and post its outcome (exit status, duration, the tail of its output); exit with the command&apos;s status. For scheduled tasks: bellboard run -c application-stats -- ./nightly-cleanup.sh</source>
        <translation>コマンドを実行し、その結果（終了ステータス、所要時間、出力の末尾）を投稿します。終了ステータスはコマンドのものを返します。定期実行のタスク向けです: bellboard run -c application-stats -- ./nightly-cleanup.sh</translation>
    </message>
    <message>
        <source>Post to &lt;channel&gt; (default: application-stats).</source>
        <translation>&lt;channel&gt; に投稿します（既定: application-stats）。</translation>
    </message>
    <message>
        <source>Name the task in the post (default: the command).</source>
        <translation>投稿に表示するタスク名（既定: コマンド）。</translation>
    </message>
    <message>
        <source>Sender name shown with the event.</source>
        <translation>イベントに表示する送信者名。</translation>
    </message>
    <message>
        <source>The command and its arguments, after --.</source>
        <translation>-- の後に、コマンドとその引数。</translation>
    </message>
    <message>
        <source>no command given: bellboard run [-c CHANNEL] -- COMMAND [ARG…]</source>
        <translation>コマンドが指定されていません: bellboard run [-c チャンネル] -- コマンド [引数…]</translation>
    </message>
    <message>
        <source>the outcome could not be posted: %1</source>
        <translation>結果を投稿できませんでした: %1</translation>
    </message>
    <message>
        <source>bellboard: no instance is running; the outcome was written to the store directly</source>
        <translation>bellboard: 起動中のインスタンスがないため、結果をストアに直接書き込みました</translation>
    </message>
    <message>
        <source>Print the events as a JSON array.</source>
        <translation>イベントを JSON 配列として出力します。</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; events (default %1).</source>
        <translation>最大 &lt;n&gt; 件のイベントを表示します（既定: %1）。</translation>
    </message>
    <message>
        <source>Only events older than event &lt;id&gt; (paging).</source>
        <translation>イベント &lt;id&gt; より古いイベントだけを表示します（ページ送り用）。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>検索する内容。</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit には正の数を指定してください</translation>
    </message>
    <message>
        <source>--before must be an event id</source>
        <translation>--before にはイベント ID を指定してください</translation>
    </message>
    <message>
        <source>no events stored yet (%1 does not exist)</source>
        <translation>まだイベントが保存されていません（%1 がありません）</translation>
    </message>
    <message>
        <source>(more: add --before %1)</source>
        <translation>（続きは --before %1 を付けて実行）</translation>
    </message>
    <message>
        <source>Secret (input hidden): </source>
        <translation>シークレット（入力は表示されません）: </translation>
    </message>
    <message>
        <source>Keep a named secret (an ingest token, a command&apos;s signing secret) in the system keychain.
  set NAME      read the value from standard input (hidden on a terminal)
  delete NAME   remove it
The config file refers to secrets by NAME only. Without a keychain (headless servers),
set the environment variable BELLBOARD_SECRET_&lt;NAME&gt; instead.</source>
        <translation>名前付きのシークレット（取り込みトークンやコマンドの署名シークレット）をシステムのキーチェーンに保管します。
  set NAME      値を標準入力から読み込みます（端末では表示されません）
  delete NAME   削除します
設定ファイルではシークレットを NAME でのみ参照します。キーチェーンのない環境（ヘッドレスサーバー）では、
代わりに環境変数 BELLBOARD_SECRET_&lt;NAME&gt; を設定してください。</translation>
    </message>
    <message>
        <source>set or delete</source>
        <translation>set または delete</translation>
    </message>
    <message>
        <source>The secret&apos;s name.</source>
        <translation>シークレットの名前。</translation>
    </message>
    <message>
        <source>usage: bellboard secret set|delete NAME</source>
        <translation>使い方: bellboard secret set|delete NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a secret name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>「%1」はシークレット名として使えません（英字、数字、「-」「_」「.」のみ）</translation>
    </message>
    <message>
        <source>empty secret: nothing stored</source>
        <translation>シークレットが空のため、何も保存していません</translation>
    </message>
    <message>
        <source>Post to &lt;channel&gt; (default: %1).</source>
        <translation>&lt;channel&gt; に投稿します（既定: %1）。</translation>
    </message>
    <message>
        <source>The end user the event concerns (e-mail or @handle).</source>
        <translation>イベントに関係するエンドユーザー（メールアドレスまたは @ハンドル）。</translation>
    </message>
    <message>
        <source>A title for the event.</source>
        <translation>イベントのタイトル。</translation>
    </message>
    <message>
        <source>bellboard: no instance is running; the event was written to the store directly</source>
        <translation>bellboard: 起動中のインスタンスがないため、イベントをストアに直接書き込みました</translation>
    </message>
    <message>
        <source>Post an event. The text comes from the arguments, or from standard input when there are none.</source>
        <translation>イベントを投稿します。本文は引数から、引数がなければ標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>the configured default channel</source>
        <translation>設定された既定のチャンネル</translation>
    </message>
    <message>
        <source>info, warn or crit (default info).</source>
        <translation>info、warn、crit のいずれか（既定: info）。</translation>
    </message>
    <message>
        <source>The event&apos;s text.</source>
        <translation>イベントの本文。</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (info, warn, crit)</source>
        <translation>不明なレベル「%1」です（info、warn、crit）</translation>
    </message>
    <message>
        <source>no text to send (give it as arguments or on standard input)</source>
        <translation>送信する本文がありません（引数か標準入力で指定してください）</translation>
    </message>
    <message>
        <source>Run everything but the window.</source>
        <translation>ウィンドウを開かずに、それ以外をすべて実行します。</translation>
    </message>
    <message>
        <source>Listen on &lt;addr:port&gt; instead of the configured address (default 127.0.0.1:%1).</source>
        <translation>設定されたアドレスの代わりに &lt;addr:port&gt; で待ち受けます（既定: 127.0.0.1:%1）。</translation>
    </message>
    <message>
        <source>Fill the channels with a realistic live stream of sample events.</source>
        <translation>本物そっくりのサンプルイベントを流して、チャンネルを埋めます。</translation>
    </message>
    <message>
        <source>Full-screen wall mode showing &lt;channels&gt; (comma-separated).</source>
        <translation>&lt;channels&gt;（カンマ区切り）を全画面のウォールモードで表示します。</translation>
    </message>
    <message>
        <source> (using the default)</source>
        <translation>（既定値を使います）</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an address such as 127.0.0.1:%2</source>
        <translation>--listen: 「%1」は 127.0.0.1:%2 のようなアドレスではありません</translation>
    </message>
    <message>
        <source>--wall: name the channels to show, such as --wall user-behavior,financials</source>
        <translation>--wall: 表示するチャンネルを指定してください（例: --wall user-behavior,financials）</translation>
    </message>
    <message>
        <source>Bellboard is already running; its window was brought forward.</source>
        <translation>Bellboard はすでに起動しています。そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>Bellboard is listening on %1 and storing events in %2</source>
        <translation>Bellboard は %1 で待ち受け、イベントを %2 に保存しています</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
    <message>
        <source>Slack&apos;s Web API at &lt;url&gt; instead of [slack] api_url (an enterprise proxy, tests).</source>
        <translation>[slack] api_url の代わりに &lt;url&gt; の Slack Web API を使います（企業内プロキシやテスト用）。</translation>
    </message>
    <message>
        <source>--slack-api-url: &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>--slack-api-url: 「%1」は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source> (the command is left out)</source>
        <translation>（このコマンドは登録しません）</translation>
    </message>
    <message>
        <source>Slack&apos;s Web API at &lt;url&gt; instead of [slack] api_url.</source>
        <translation>[slack] api_url の代わりに &lt;url&gt; の Slack Web API を使います。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2（%3）</translation>
    </message>
    <message>
        <source>Connect a Slack workspace. Reads two lines from standard input: the bot token (xoxb-…), then
the app-level token (xapp-…, scope connections:write); hidden on a terminal. Both are checked
with Slack, then kept in the system keychain (never in a file).</source>
        <translation>Slack ワークスペースに接続します。標準入力から 2 行を読み込みます: ボットトークン（xoxb-…）、続いて
アプリレベルトークン（xapp-…、スコープ connections:write）です（端末では表示されません）。どちらも
Slack で確認したうえで、システムのキーチェーンに保管します（ファイルには保存しません）。</translation>
    </message>
    <message>
        <source>slack login takes no arguments: the tokens are read from standard input, never the command line</source>
        <translation>slack login は引数を取りません: トークンはコマンドラインではなく、必ず標準入力から読み込みます</translation>
    </message>
    <message>
        <source>Bot token (xoxb-…, input hidden): </source>
        <translation>ボットトークン（xoxb-…、入力は表示されません）: </translation>
    </message>
    <message>
        <source>App-level token (xapp-…, input hidden): </source>
        <translation>アプリレベルトークン（xapp-…、入力は表示されません）: </translation>
    </message>
    <message>
        <source>two lines needed: the bot token, then the app-level token; nothing stored</source>
        <translation>ボットトークンとアプリレベルトークンの 2 行が必要です。何も保存していません</translation>
    </message>
    <message>
        <source>; nothing stored</source>
        <translation>。何も保存していません</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2. Choose channels with `bellboard slack mirror NAME…`.</source>
        <translation>%1 に %2 としてログインしました。`bellboard slack mirror NAME…` でチャンネルを選んでください。</translation>
    </message>
    <message>
        <source>Revoke the bot token with Slack (auth.revoke) and remove both tokens from the keychain.</source>
        <translation>Slack でボットトークンを失効させ（auth.revoke）、両方のトークンをキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>bellboard: Slack did not revoke the token (%1); removing it here anyway</source>
        <translation>bellboard: Slack でトークンを失効できませんでした（%1）。ローカルからは削除します</translation>
    </message>
    <message>
        <source>The token was revoked. The tokens come from BELLBOARD_SECRET_SLACK_* environment variables: remove them from the service&apos;s environment.</source>
        <translation>トークンを失効させました。トークンは環境変数 BELLBOARD_SECRET_SLACK_* から読み込まれています。サービスの環境から削除してください。</translation>
    </message>
    <message>
        <source>Logged out: the token is revoked and both tokens are removed from the keychain.</source>
        <translation>ログアウトしました: トークンを失効させ、両方のトークンをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Show the running Bellboard&apos;s Slack connection and the mirrored channels.</source>
        <translation>実行中の Bellboard の Slack 接続状況と、ミラー中のチャンネルを表示します。</translation>
    </message>
    <message>
        <source>none (bellboard slack mirror NAME…)</source>
        <translation>なし（bellboard slack mirror NAME…）</translation>
    </message>
    <message>
        <source>Slack: Bellboard is not running</source>
        <translation>Slack: Bellboard は起動していません</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>トークン: %1</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>環境変数から</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>Mirrored channels: %1</source>
        <translation>ミラー中のチャンネル: %1</translation>
    </message>
    <message>
        <source>Slack: %1</source>
        <translation>Slack: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>ワークスペース: %1</translation>
    </message>
    <message>
        <source>List the workspace&apos;s channels the app can see (conversations.list).</source>
        <translation>アプリから見えるワークスペースのチャンネルを一覧表示します（conversations.list）。</translation>
    </message>
    <message>
        <source>listing channels</source>
        <translation>チャンネル一覧の取得</translation>
    </message>
    <message>
        <source>private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>not a member: /invite the app to mirror it</source>
        <translation>メンバーではありません: ミラーするにはアプリを /invite してください</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>ミラー中</translation>
    </message>
    <message>
        <source>Slack channel names (or ids).</source>
        <translation>Slack のチャンネル名（または ID）。</translation>
    </message>
    <message>
        <source>Mirror Slack channels: adds them to [slack] mirror in bellboard.toml (comments kept).</source>
        <translation>Slack チャンネルをミラーします: bellboard.toml の [slack] mirror に追加します（コメントは保持されます）。</translation>
    </message>
    <message>
        <source>Stop mirroring Slack channels: removes them from [slack] mirror (stored messages stay).</source>
        <translation>Slack チャンネルのミラーを停止します: [slack] mirror から削除します（保存済みのメッセージは残ります）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Slack channel name</source>
        <translation>「%1」は Slack のチャンネル名ではありません</translation>
    </message>
    <message>
        <source>usage: bellboard slack mirror CHANNEL…</source>
        <translation>使い方: bellboard slack mirror CHANNEL…</translation>
    </message>
    <message>
        <source>usage: bellboard slack unmirror CHANNEL…</source>
        <translation>使い方: bellboard slack unmirror CHANNEL…</translation>
    </message>
    <message>
        <source>checking the channels</source>
        <translation>チャンネルの確認</translation>
    </message>
    <message>
        <source>no channel #%1 that the app can see (bellboard slack channels lists them); nothing changed</source>
        <translation>アプリから見えるチャンネル #%1 はありません（一覧は bellboard slack channels で確認できます）。何も変更していません</translation>
    </message>
    <message>
        <source>bellboard: the app is not in #%1 yet: in Slack, type /invite @&lt;your app&gt; in #%1</source>
        <translation>bellboard: アプリはまだ #%1 に参加していません: Slack の #%1 で /invite @&lt;アプリ名&gt; と入力してください</translation>
    </message>
    <message>
        <source>#%1 is not mirrored (mirrored: %2); nothing changed</source>
        <translation>#%1 はミラーしていません（ミラー中: %2）。何も変更していません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>usage: bellboard slack ACTION [--help]
  login              read the bot token and the app-level token from stdin into the keychain
  logout             revoke the token with Slack and remove both from the keychain
  status             the running Bellboard&apos;s connection (connected, reconnecting in N s, …)
  channels           list the workspace&apos;s channels
  mirror CHANNEL…    mirror channels (saved in bellboard.toml [slack] mirror)
  unmirror CHANNEL…  stop mirroring them
Every action takes --slack-api-url URL, --config FILE and --data-dir DIR.</source>
        <translation>使い方: bellboard slack ACTION [--help]
  login              ボットトークンとアプリレベルトークンを標準入力から読み込み、キーチェーンに保管します
  logout             Slack でトークンを失効させ、両方をキーチェーンから削除します
  status             実行中の Bellboard の接続状況（接続済み、N 秒後に再接続、…）を表示します
  channels           ワークスペースのチャンネルを一覧表示します
  mirror CHANNEL…    チャンネルをミラーします（bellboard.toml の [slack] mirror に保存）
  unmirror CHANNEL…  チャンネルのミラーを停止します
どのアクションでも --slack-api-url URL、--config FILE、--data-dir DIR を指定できます。</translation>
    </message>
    <message>
        <source>unknown slack action &apos;%1&apos;
%2</source>
        <translation>不明な slack アクション「%1」です
%2</translation>
    </message>
    <message>
        <source>Use the Bellboard server at &lt;url&gt; (log in first: bellboard remote login URL) instead of this machine&apos;s store; [remote] server is used when neither --server nor --data-dir is given.</source>
        <translation>自分のマシンのストアではなく、&lt;url&gt; の Bellboard サーバーを使います（先に bellboard remote login URL でログインしてください）。--server も --data-dir も指定しないときは [remote] server のサーバーを使います。</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>--server: 「%1」は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source>not logged in to %1: run bellboard remote login %1 first</source>
        <translation>%1 にログインしていません: 先に bellboard remote login %1 を実行してください</translation>
    </message>
    <message>
        <source>not logged in to %1 (the keychain&apos;s token is for %2): run bellboard remote login %1 first</source>
        <translation>%1 にログインしていません（キーチェーンのトークンは %2 用です）: 先に bellboard remote login %1 を実行してください</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>サーバーなし</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is %1, not the %2 given with --%3; nothing stored</source>
        <translation>サーバーの証明書は %1 で、--%3 で指定された %2 ではありません。何も保存していません</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a certificate authority this system trusts (%1).</source>
        <translation>サーバーの証明書は、このシステムが信頼する認証局によって署名されていません（%1）。</translation>
    </message>
    <message>
        <source>  subject: %1</source>
        <translation>  サブジェクト: %1</translation>
    </message>
    <message>
        <source>  valid until: %1</source>
        <translation>  有効期限: %1</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint: %1</source>
        <translation>  SHA-256 フィンガープリント: %1</translation>
    </message>
    <message>
        <source>not trusted; nothing stored. Compare the fingerprint with the server&apos;s (openssl x509 -in CERTIFICATE -noout -fingerprint -sha256) and pass --%1 FINGERPRINT</source>
        <translation>信頼されていないため、何も保存していません。フィンガープリントをサーバーのもの（openssl x509 -in CERTIFICATE -noout -fingerprint -sha256）と照合し、--%1 FINGERPRINT を指定してください</translation>
    </message>
    <message>
        <source>Compare it with the server&apos;s (openssl x509 -in CERTIFICATE -noout -fingerprint -sha256).</source>
        <translation>サーバーのもの（openssl x509 -in CERTIFICATE -noout -fingerprint -sha256）と照合してください。</translation>
    </message>
    <message>
        <source>Trust this certificate and pin it for %1? (yes/no): </source>
        <translation>この証明書を信頼し、%1 用に固定しますか？ (yes/no): </translation>
    </message>
    <message>
        <source>not trusted; nothing stored</source>
        <translation>信頼されていないため、何も保存していません</translation>
    </message>
    <message>
        <source>The server, such as https://bellboard.example:2355.</source>
        <translation>サーバー（例: https://bellboard.example:2355）。</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate when its SHA-256 fingerprint is &lt;hex&gt; (for a self-signed certificate, without asking).</source>
        <translation>SHA-256 フィンガープリントが &lt;hex&gt; であればサーバーの証明書を信頼します（自己署名証明書の場合、確認なしで）。</translation>
    </message>
    <message>
        <source>Attach this console to a Bellboard server. Reads your token from standard input (hidden on a terminal), checks it with the server, keeps it in the system keychain and writes [remote] server to bellboard.toml. A certificate no system CA vouches for is shown by its fingerprint and pinned.</source>
        <translation>このコンソールを Bellboard サーバーに接続します。トークンを標準入力から読み込み（端末では非表示）、サーバーで確認したうえでシステムのキーチェーンに保管し、bellboard.toml に [remote] server を書き込みます。システムのどの認証局も保証しない証明書は、フィンガープリントで表示して固定します。</translation>
    </message>
    <message>
        <source>usage: bellboard remote login URL (the token is read from standard input, never the command line)</source>
        <translation>使い方: bellboard remote login URL（トークンはコマンドラインではなく、必ず標準入力から読み込みます）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>「%1」は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--%1: 「%2」は SHA-256 フィンガープリント（16 進数 64 桁）ではありません</translation>
    </message>
    <message>
        <source>--%1 needs an https:// server</source>
        <translation>--%1 には https:// のサーバーが必要です</translation>
    </message>
    <message>
        <source>bellboard: warning: %1 is plain HTTP: your token crosses the network unencrypted</source>
        <translation>bellboard: 警告: %1 は暗号化されていない HTTP です。トークンが暗号化されずにネットワークを通ります</translation>
    </message>
    <message>
        <source>Token for %1 (input hidden): </source>
        <translation>%1 のトークン（入力は表示されません）: </translation>
    </message>
    <message>
        <source>no token given on standard input; nothing stored</source>
        <translation>標準入力からトークンが渡されませんでした。何も保存していません</translation>
    </message>
    <message>
        <source>the server refused the token (%1); nothing stored</source>
        <translation>サーバーがトークンを拒否しました（%1）。何も保存していません</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3)</source>
        <translation>%1 に %2 としてログインしました（%3）</translation>
    </message>
    <message>
        <source>Certificate pinned: %1</source>
        <translation>証明書を固定しました: %1</translation>
    </message>
    <message>
        <source>Detach this console: removes your token from the keychain and [remote] from bellboard.toml.</source>
        <translation>このコンソールの接続を解除します: キーチェーンからトークンを、bellboard.toml から [remote] を削除します。</translation>
    </message>
    <message>
        <source>Not attached to a server; the keychain holds no token for one now.</source>
        <translation>サーバーに接続していません。現在、キーチェーンにはサーバーのトークンがありません。</translation>
    </message>
    <message>
        <source>Logged out of %1: the token is removed from the keychain and [remote] from the config.</source>
        <translation>%1 からログアウトしました: トークンをキーチェーンから、[remote] を設定から削除しました。</translation>
    </message>
    <message>
        <source>Show the server this console is attached to, who you are there, and the pinned certificate.</source>
        <translation>このコンソールの接続先サーバー、そこでのユーザー、固定された証明書を表示します。</translation>
    </message>
    <message>
        <source>Not attached to a server (bellboard remote login URL)</source>
        <translation>サーバーに接続していません（bellboard remote login URL）</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <source>none (plain HTTP)</source>
        <translation>なし（暗号化されていない HTTP）</translation>
    </message>
    <message>
        <source>checked by the system&apos;s certificate authorities</source>
        <translation>システムの認証局で確認済み</translation>
    </message>
    <message>
        <source>pinned, SHA-256 %1</source>
        <translation>固定済み、SHA-256 %1</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>トークン: %1</translation>
    </message>
    <message>
        <source>none in the keychain (bellboard remote login %1)</source>
        <translation>キーチェーンにありません（bellboard remote login %1）</translation>
    </message>
    <message>
        <source>User: unknown: %1</source>
        <translation>ユーザー: 不明: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>ロール: %1</translation>
    </message>
    <message>
        <source>usage: bellboard remote ACTION [--help]
  login URL   attach to a Bellboard server: your token from stdin into the keychain
  logout      detach: remove the token and [remote] from the config
  status      the server, your user and role there, the pinned certificate
Every action takes --config FILE.</source>
        <translation>使い方: bellboard remote ACTION [--help]
  login URL   Bellboard サーバーに接続します: トークンを標準入力から読み込み、キーチェーンに保管します
  logout      接続を解除します: トークンと設定の [remote] を削除します
  status      サーバー、そこでのユーザーとロール、固定された証明書を表示します
どのアクションでも --config FILE を指定できます。</translation>
    </message>
    <message>
        <source>Search the stored events, newest first. Reads the store directly; safe while Bellboard runs.
With --server (or [remote] server in the config), the server searches its store.

Query language: words, &quot;a phrase&quot;, -excluded, user:alice@example.com, in:#channel,
level:info|warn|crit, from:sender, after:2026-11-01, before:2026-11-24T12:00, today, yesterday.</source>
        <translation>保存されたイベントを新しい順に検索します。ストアを直接読み込むため、Bellboard の実行中でも安全です。
--server（または設定の [remote] server）を指定すると、サーバーが自身のストアを検索します。

検索構文: 単語、&quot;フレーズ&quot;、-除外語、user:alice@example.com、in:#channel、
level:info|warn|crit、from:sender、after:2026-11-01、before:2026-11-24T12:00、today、yesterday。</translation>
    </message>
    <message>
        <source>--as: on a server, events are posted in your name</source>
        <translation>--as: サーバーでは、イベントはあなたの名前で投稿されます</translation>
    </message>
    <message>
        <source>Store events at &lt;url&gt; (postgresql://…) or in the SQLite file &lt;url&gt; for this run, instead of [store] url or the data folder.</source>
        <translation>この実行では、[store] url やデータフォルダーの代わりに、&lt;url&gt;（postgresql://…）または SQLite ファイル &lt;url&gt; にイベントを保存します。</translation>
    </message>
    <message>
        <source>Bellboard: a monitoring console for the events your applications post.

Subcommands: send, run, search, secret, slack, remote, store (see `bellboard SUBCOMMAND --help`).</source>
        <translation>Bellboard: アプリケーションが送るイベントのための監視コンソール。

サブコマンド: send, run, search, secret, slack, remote, store（`bellboard サブコマンド --help` を参照）。</translation>
    </message>
    <message>
        <source>Open the window attached to the Bellboard server at &lt;url&gt; for this run (log in first: bellboard remote login URL); [remote] server does it for every run.</source>
        <translation>この実行では &lt;url&gt; の Bellboard サーバーに接続したウィンドウを開きます（先にログイン: bellboard remote login URL）。[remote] server を設定すると毎回そうなります。</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (send, run, search, secret, slack, remote, store)</source>
        <translation>不明なサブコマンド &apos;%1&apos;（send, run, search, secret, slack, remote, store）</translation>
    </message>
    <message>
        <source>--connect attaches a window to a server: it does not go with --headless</source>
        <translation>--connect はウィンドウをサーバーに接続します: --headless とは併用できません</translation>
    </message>
    <message>
        <source>--connect: &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>--connect: &apos;%1&apos; は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source>Checking the target…</source>
        <translation>コピー先を確認中…</translation>
    </message>
    <message>
        <source>Checking the target: %1 of %2 events</source>
        <translation>コピー先を確認中: %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Copying events: %1 of %2 (%3%)</source>
        <translation>イベントをコピー中: %2 件中 %1 件（%3%）</translation>
    </message>
    <message>
        <source>Copying read positions and read markers…</source>
        <translation>読み取り位置と既読マーカーをコピー中…</translation>
    </message>
    <message>
        <source>Copy every event (with its id), channel, acknowledgement, read marker and the Slack mirror&apos;s
positions from one store into another: a SQLite file into PostgreSQL, or back.
Run it again after an interruption: it continues where it stopped. It refuses a target that
holds other events, and compares the rows of each table at the end.</source>
        <translation>すべてのイベント（ID 付き）、チャンネル、確認、既読マーカー、Slack ミラーの位置を
あるストアから別のストアへコピーします: SQLite ファイルから PostgreSQL へ、またはその逆。
中断した後はもう一度実行すると、止まったところから続けます。別のイベントを持つコピー先は拒否し、
最後に各テーブルの行数を比較します。</translation>
    </message>
    <message>
        <source>The store to copy: a SQLite file or a postgresql:// URL.</source>
        <translation>コピー元のストア: SQLite ファイルまたは postgresql:// の URL。</translation>
    </message>
    <message>
        <source>The store to copy into (created when missing).</source>
        <translation>コピー先のストア（なければ作成）。</translation>
    </message>
    <message>
        <source>usage: bellboard store copy --from PATH_OR_URL --to PATH_OR_URL</source>
        <translation>使い方: bellboard store copy --from パスまたはURL --to パスまたはURL</translation>
    </message>
    <message>
        <source>table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>source</source>
        <translation>コピー元</translation>
    </message>
    <message>
        <source>target</source>
        <translation>コピー先</translation>
    </message>
    <message>
        <source>%1 (source %2, target %3)</source>
        <translation>%1（コピー元 %2、コピー先 %3）</translation>
    </message>
    <message>
        <source>the copy&apos;s counts differ: %1</source>
        <translation>コピーの件数が一致しません: %1</translation>
    </message>
    <message>
        <source>usage: bellboard store ACTION [--help]
  copy --from PATH_OR_URL --to PATH_OR_URL   copy a store into another (SQLite, PostgreSQL)</source>
        <translation>使い方: bellboard store 操作 [--help]
  copy --from パスまたはURL --to パスまたはURL   ストアを別のストアへコピー（SQLite、PostgreSQL）</translation>
    </message>
    <message>
        <source>Bellboard is attached to %1 as %2</source>
        <translation>Bellboard は %2 として %1 に接続しています</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>ディスプレイが見つかりません（DISPLAY と WAYLAND_DISPLAY が設定されていません）</translation>
    </message>
    <message>
        <source>the window cannot be loaded (%1)</source>
        <translation>ウィンドウを読み込めません（%1）</translation>
    </message>
    <message>
        <source>With --connect: trust the server&apos;s certificate when its SHA-256 fingerprint is &lt;hex&gt; (a self-signed server other than [remote] server).</source>
        <translation>--connect と併用：サーバー証明書の SHA-256 フィンガープリントが &lt;hex&gt; なら信頼します（[remote] server 以外の自己署名サーバー用）。</translation>
    </message>
    <message>
        <source>--connect opens a window attached to a server, and none can open here: %1</source>
        <translation>--connect はサーバーに接続したウィンドウを開きますが、ここではウィンドウを開けません：%1</translation>
    </message>
    <message>
        <source>--certificate-sha256: &apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--certificate-sha256: 「%1」は SHA-256 フィンガープリント（16 進 64 桁）ではありません</translation>
    </message>
    <message>
        <source>--certificate-sha256 goes with --connect to an https:// server</source>
        <translation>--certificate-sha256 は https:// サーバーへの --connect と一緒に使います</translation>
    </message>
    <message>
        <source>%1; running headless.</source>
        <translation>%1。ウィンドウなしで実行します。</translation>
    </message>
    <message>
        <source>the server&apos;s commands are unavailable: %1</source>
        <translation>サーバーのコマンドを利用できません：%1</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <source>the channel&apos;s entry would not read back as saved (%1 is edited in an unusual way: change it by hand)</source>
        <translation>チャンネルの項目が保存どおりに読み戻せません（%1 の書き方が特殊なため、手で編集してください）</translation>
    </message>
    <message>
        <source>the config file has an error at line %1 (%2); fix it first</source>
        <translation>設定ファイルの %1 行目にエラーがあります（%2）。先に修正してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid channel name</source>
        <translation>「%1」は有効なチャンネル名ではありません</translation>
    </message>
    <message>
        <source>&apos;channels&apos; in the config file is not a list of [[channels]] tables; edit it by hand</source>
        <translation>設定ファイルの「channels」が [[channels]] テーブルの並びになっていません。手で編集してください</translation>
    </message>
    <message>
        <source>the config file lists channels inline; edit %1 by hand</source>
        <translation>設定ファイルでチャンネルがインラインで書かれています。%1 は手で編集してください</translation>
    </message>
    <message>
        <source>[%1] in the config file is not written as a [%1] table; edit it by hand</source>
        <translation>設定ファイルの [%1] が [%1] テーブルとして書かれていません。手で編集してください</translation>
    </message>
    <message>
        <source>[%1] %2 would not read back as saved; change it by hand</source>
        <translation>[%1] %2 が保存どおりに読み戻せません。手で変更してください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>not saved to %1: %2</source>
        <translation>%1 に保存していません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>[%1] %2 is not a key Bellboard knows</source>
        <translation>[%1] %2 は Bellboard が認識しないキーです</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bellboard</source>
        <translation>Bellboard</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Ctrl+K to switch channels</source>
        <translation>Ctrl+K でチャンネルを切り替え</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Switch Channel…</source>
        <translation>チャンネルを切り替え…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Previous Channel</source>
        <translation>前のチャンネル</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Next Channel</source>
        <translation>次のチャンネル</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Jump to Newest</source>
        <translation>最新へ移動</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Start Bellboard when I log in</source>
        <translation>ログイン時に Bellboard を起動する(&amp;S)</translation>
    </message>
    <message>
        <source>Receiving events</source>
        <translation>イベントの受信</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>待ち受けアドレス(&amp;O):</translation>
    </message>
    <message>
        <source>Address and port senders post to. Any address other than 127.0.0.1 needs an ingest token.</source>
        <translation>送信元が投稿するアドレスとポートです。127.0.0.1 以外のアドレスには取り込みトークンが必要です。</translation>
    </message>
    <message>
        <source>Largest &amp;request:</source>
        <translation>リクエストの上限(&amp;R):</translation>
    </message>
    <message>
        <source>Larger request bodies are refused (HTTP 413). For example 512KiB, 1MiB, 4MB.</source>
        <translation>これより大きいリクエストは拒否します（HTTP 413）。例: 512KiB、1MiB、4MB</translation>
    </message>
    <message>
        <source>&amp;Create a channel the first time a sender names it</source>
        <translation>送信元が初めて指定したチャンネルを自動で作成する(&amp;C)</translation>
    </message>
    <message>
        <source>Keeping events</source>
        <translation>イベントの保存</translation>
    </message>
    <message>
        <source>Delete events older &amp;than:</source>
        <translation>次より古いイベントを削除(&amp;T):</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>削除しない</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>保存する上限(&amp;M):</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Changes to the language and to receiving events take effect the next time Bellboard starts.</source>
        <translation>言語とイベント受信の変更は、次に Bellboard を起動したときに反映されます。</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Switch Channel</source>
        <translation>チャンネルを切り替え</translation>
    </message>
    <message>
        <source>Jump to a channel…</source>
        <translation>チャンネルへ移動…</translation>
    </message>
    <message>
        <source>Channel name filter</source>
        <translation>チャンネル名で絞り込み</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>一致するチャンネル</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>検索式</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, user:, in:#channel, level:, from:, after:, before:</source>
        <translation>検索: 単語、&quot;フレーズ&quot;、user:、in:#チャンネル、level:、from:、after:、before:</translation>
    </message>
    <message>
        <source>Query error</source>
        <translation>検索式のエラー</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>結果の件数</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
</context>
<context>
    <name>SlackChannelsDialog</name>
    <message>
        <source>Slack Channels</source>
        <translation>Slack チャンネル</translation>
    </message>
    <message>
        <source>Tick the channels to mirror. Their messages show, ring and search like local channels; unticking keeps what was already stored.</source>
        <translation>ミラーするチャンネルにチェックを入れてください。メッセージはローカルのチャンネルと同じように表示・通知・検索できます。チェックを外しても、保存済みのメッセージは残ります。</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>チャンネルを絞り込む</translation>
    </message>
    <message>
        <source>Slack channels</source>
        <translation>Slack チャンネル</translation>
    </message>
</context>
<context>
    <name>SlackConnectDialog</name>
    <message>
        <source>Connect Slack Workspace</source>
        <translation>Slack ワークスペースに接続</translation>
    </message>
    <message>
        <source>Paste the two tokens of your Slack app (Socket Mode on). They are checked with Slack and kept in the system keychain, never in a file.</source>
        <translation>Slack アプリの 2 つのトークンを貼り付けてください（Socket Mode を有効にしておきます）。トークンは Slack で確認したうえでシステムのキーチェーンに保管し、ファイルには保存しません。</translation>
    </message>
    <message>
        <source>&amp;Bot token:</source>
        <translation>ボットトークン(&amp;B):</translation>
    </message>
    <message>
        <source>xoxb-…  (OAuth &amp; Permissions → Bot User OAuth Token)</source>
        <translation>xoxb-…  （OAuth &amp; Permissions → Bot User OAuth Token）</translation>
    </message>
    <message>
        <source>&amp;App-level token:</source>
        <translation>アプリレベルトークン(&amp;A):</translation>
    </message>
    <message>
        <source>xapp-…  (Basic Information → App-Level Tokens, connections:write)</source>
        <translation>xapp-…  （Basic Information → App-Level Tokens、connections:write）</translation>
    </message>
</context>
<context>
    <name>SlackStatus</name>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message numerus="yes">
        <source>reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒後に再接続</numerusform>
        </translation>
    </message>
    <message>
        <source>token revoked</source>
        <translation>トークン失効</translation>
    </message>
    <message>
        <source>rate limited until %1</source>
        <translation>%1 までレート制限中</translation>
    </message>
    <message>
        <source>token revoked or invalid: run `bellboard slack login` with a new token</source>
        <translation>トークンが失効しているか無効です: 新しいトークンで `bellboard slack login` を実行してください</translation>
    </message>
</context>
<context>
    <name>SoundLibrary</name>
    <message>
        <source>&apos;%1&apos; is neither a bundled sound (%2) nor an absolute path to a WAV file</source>
        <translation>「%1」は付属のサウンド（%2）でも、WAV ファイルの絶対パスでもありません</translation>
    </message>
    <message>
        <source>Bellboard plays 16-bit PCM WAV files; convert it, for example with `sox IN -b 16 -e signed-integer OUT.wav`</source>
        <translation>Bellboard が再生できるのは 16 ビット PCM の WAV ファイルです。`sox IN -b 16 -e signed-integer OUT.wav` などで変換してください</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>%1 is too large for an alert sound (over 50 MB)</source>
        <translation>%1 は通知音としては大きすぎます（50 MB 超）</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is an Ogg file. %2</source>
        <translation>%1 は Ogg ファイルです。%2</translation>
    </message>
    <message>
        <source>%1 is not a WAV file. %2</source>
        <translation>%1 は WAV ファイルではありません。%2</translation>
    </message>
    <message>
        <source>%1 holds %2-bit floating-point samples. %3</source>
        <translation>%1 は %2 ビット浮動小数点のサンプルです。%3</translation>
    </message>
    <message>
        <source>%1 holds compressed audio (WAV format %2). %3</source>
        <translation>%1 は圧縮された音声です（WAV 形式 %2）。%3</translation>
    </message>
    <message>
        <source>%1 holds %2-bit samples. %3</source>
        <translation>%1 は %2 ビットのサンプルです。%3</translation>
    </message>
    <message>
        <source>%1 has %2 channels; Bellboard plays mono or stereo sounds</source>
        <translation>%1 は %2 チャンネルです。Bellboard が再生できるのはモノラルかステレオです</translation>
    </message>
    <message>
        <source>%1 is a damaged WAV file (no format chunk). %2</source>
        <translation>%1 は壊れた WAV ファイルです（フォーマットチャンクがありません）。%2</translation>
    </message>
    <message>
        <source>%1 holds no audio</source>
        <translation>%1 には音声が入っていません</translation>
    </message>
</context>
<context>
    <name>UserTimeline</name>
    <message>
        <source>User timeline</source>
        <translation>ユーザーのタイムライン</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Event count</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON に書き出す…</translation>
    </message>
    <message>
        <source>First and last seen</source>
        <translation>最初と最後の出現</translation>
    </message>
    <message>
        <source>Events per channel</source>
        <translation>チャンネルごとのイベント</translation>
    </message>
    <message>
        <source>Latest payment or plan</source>
        <translation>最新の支払いまたはプラン</translation>
    </message>
    <message>
        <source>Show the events of</source>
        <translation>次のイベントを表示</translation>
    </message>
    <message>
        <source>Show the events at level</source>
        <translation>次のレベルのイベントを表示</translation>
    </message>
    <message>
        <source>Everything this user did, newest first, by day</source>
        <translation>このユーザーが行ったすべての操作（新しい順、日ごと）</translation>
    </message>
</context>
<context>
    <name>bb</name>
    <message numerus="yes">
        <source>… and %n more fields</source>
        <translation>
            <numerusform>…ほか %n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more attachments</source>
        <translation>
            <numerusform>…ほか添付 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more blocks</source>
        <translation>
            <numerusform>…ほか %n ブロック</numerusform>
        </translation>
    </message>
    <message>
        <source>(blocks could not be read)</source>
        <translation>（ブロックを読み込めませんでした）</translation>
    </message>
    <message>
        <source>(attachments could not be read)</source>
        <translation>（添付を読み込めませんでした）</translation>
    </message>
    <message>
        <source>The quote that starts with %1 is not closed: add a closing &quot;.</source>
        <translation>%1 で始まる引用符が閉じていません。閉じる &quot; を追加してください。</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value after the colon.</source>
        <translation>「%1:」のコロンの後に値が必要です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>「%1」はチャンネル名ではありません（英字、数字、「-」「_」「.」のみ）。</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (info, warn, crit)</source>
        <translation>不明なレベル「%1」です（info、warn、crit）</translation>
    </message>
    <message>
        <source>Only one level: term can be used; it matches that exact level.</source>
        <translation>level: は 1 つだけ指定できます。そのレベルに完全一致するものを探します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for %2: use %3.</source>
        <translation>「%1」は %2 の日付として使えません。%3 の形で指定してください。</translation>
    </message>
    <message>
        <source>A &apos;-&apos; must be followed by the word to exclude, as in -debug.</source>
        <translation>「-」の後には除外する単語を続けてください（例: -debug）。</translation>
    </message>
    <message>
        <source>Silences a channel (this one unless named) for a while, 1 hour unless given.</source>
        <translation>チャンネル（指定がなければこのチャンネル）をしばらくミュートします。期間を指定しなければ 1 時間です。</translation>
    </message>
    <message>
        <source>/mute: &apos;%1&apos; is not a duration such as 30m, 2h, 1d or tomorrow</source>
        <translation>/mute: 「%1」は 30m、2h、1d、tomorrow のような期間ではありません</translation>
    </message>
    <message>
        <source>#%1 is muted until %2.</source>
        <translation>#%1 を %2 までミュートしました。</translation>
    </message>
    <message>
        <source>Ends a channel&apos;s mute.</source>
        <translation>チャンネルのミュートを解除します。</translation>
    </message>
    <message>
        <source>#%1 is not muted any more.</source>
        <translation>#%1 のミュートを解除しました。</translation>
    </message>
    <message>
        <source>Acknowledges the selected event (or the newest crit alert still ringing here): the ringing stops and everyone sees who took it.</source>
        <translation>選択したイベント（またはこのチャンネルで鳴り続けている最新の crit アラート）を確認済みにします。音が止まり、誰が対応したかが全員に表示されます。</translation>
    </message>
    <message>
        <source>Nothing is ringing in #%1; select the event to acknowledge.</source>
        <translation>#%1 で鳴っているものはありません。確認済みにするイベントを選択してください。</translation>
    </message>
    <message>
        <source>:white_check_mark: acknowledged by %1</source>
        <translation>:white_check_mark: %1 が確認しました</translation>
    </message>
    <message>
        <source>Sets a channel&apos;s sound: a bundled one or the path of a 16-bit PCM WAV file.</source>
        <translation>チャンネルのサウンドを設定します。付属のサウンドか、16 ビット PCM の WAV ファイルのパスを指定します。</translation>
    </message>
    <message>
        <source>/sound: could not save the config file: %1</source>
        <translation>/sound: 設定ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>#%1 now plays %2.</source>
        <translation>#%1 のサウンドを %2 にしました。</translation>
    </message>
    <message>
        <source>a JSON answer with no text, blocks or attachments</source>
        <translation>text、blocks、attachments のいずれもない JSON 応答</translation>
    </message>
    <message>
        <source>an answer that is neither text nor JSON</source>
        <translation>テキストでも JSON でもない応答</translation>
    </message>
    <message>
        <source>the bot token was not accepted: %1 (%2)</source>
        <translation>ボットトークンが受け付けられませんでした: %1（%2）</translation>
    </message>
    <message>
        <source>the app-level token was not accepted (is Socket Mode on?): %1 (%2)</source>
        <translation>アプリレベルトークンが受け付けられませんでした（Socket Mode は有効ですか？）: %1（%2）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no TLS library (%1)</source>
        <translation>TLS を利用できません: Qt が TLS ライブラリを見つけられませんでした（%1）</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 に PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 に暗号化されていない PEM 秘密鍵（RSA または EC）が含まれていません</translation>
    </message>
    <message>
        <source>the key in %1 does not belong to the certificate in %2</source>
        <translation>%1 の鍵は %2 の証明書に対応していません</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] (local time, or UTC with Z, or with an offset such as +01:00), today or yesterday</source>
        <extracomment>today and yesterday are words of the query language: they stay as they are</extracomment>
        <translation>YYYY-MM-DD、YYYY-MM-DDTHH:MM[:SS]（現地時刻、Z 付きで UTC、または +01:00 のようなオフセット付き）、today または yesterday</translation>
    </message>
</context>
<context>
    <name>bb::AlertCenter</name>
    <message>
        <source>sound is turned off ([alerts] sound = false)</source>
        <translation>サウンドはオフです（[alerts] sound = false）</translation>
    </message>
</context>
<context>
    <name>bb::AlertPolicy</name>
    <message numerus="yes">
        <source>%n new in #%1</source>
        <translation>
            <numerusform>#%1 に新着 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new in #%1 while disconnected</source>
        <translation>
            <numerusform>切断中に #%1 に新着 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::BlockActionSender</name>
    <message>
        <source>This button is not part of the message any more.</source>
        <translation>このボタンはもうメッセージにありません。</translation>
    </message>
    <message>
        <source>Buttons of events from &apos;%1&apos; go nowhere: add an [[interactivity]] entry for this source to the config file.</source>
        <translation>「%1」からのイベントのボタンには送信先がありません。設定ファイルにこの送信元の [[interactivity]] 項目を追加してください。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; button failed: %2</source>
        <translation>「%1」ボタンの処理に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>bb::ChannelListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>mirrored from Slack</source>
        <translation>Slack からミラー</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
</context>
<context>
    <name>bb::ChannelPane</name>
    <message>
        <source>Split Right</source>
        <translation>右に分割</translation>
    </message>
    <message>
        <source>Split Down</source>
        <translation>下に分割</translation>
    </message>
    <message>
        <source>Move Before Neighbour</source>
        <translation>1 つ前へ移動</translation>
    </message>
    <message>
        <source>Move After Neighbour</source>
        <translation>1 つ後ろへ移動</translation>
    </message>
    <message>
        <source>Feed of #%1</source>
        <translation>#%1 のフィード</translation>
    </message>
    <message>
        <source>rings for every event</source>
        <translation>イベントごとに音で知らせます</translation>
    </message>
    <message>
        <source>celebrates every event</source>
        <translation>イベントごとにお祝いします</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>goes bold on new events</source>
        <translation>新しいイベントで太字になります</translation>
    </message>
</context>
<context>
    <name>bb::ChannelSettingsDialog</name>
    <message>
        <source>Service bell</source>
        <translation>卓上ベル</translation>
    </message>
    <message>
        <source>Cash register</source>
        <translation>レジスター</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>アラーム</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>チャイム</translation>
    </message>
    <message>
        <source>Soft pop</source>
        <translation>やわらかいポップ音</translation>
    </message>
    <message>
        <source>#%1 — Channel settings</source>
        <translation>#%1 — チャンネルの設定</translation>
    </message>
    <message>
        <source>Alerts for #%1</source>
        <translation>#%1 の通知</translation>
    </message>
    <message>
        <source>Choose a WAV file…</source>
        <translation>WAV ファイルを選択…</translation>
    </message>
    <message>
        <source>Choose an alert sound</source>
        <translation>通知音の選択</translation>
    </message>
    <message>
        <source>WAV files (*.wav);;All files (*)</source>
        <translation>WAV ファイル (*.wav);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 を再生できません: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>何も変更していません: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>bb::ChatOps</name>
    <message>
        <source>There is no command /%1. Type /help for the list.</source>
        <translation>/%1 というコマンドはありません。/help で一覧を表示できます。</translation>
    </message>
    <message>
        <source>Could not store the message: %1</source>
        <translation>メッセージを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Lists the commands, or shows how to use one.</source>
        <translation>コマンドの一覧、または各コマンドの使い方を表示します。</translation>
    </message>
    <message>
        <source>There is no command %1. Type /help for the list.</source>
        <translation>%1 というコマンドはありません。/help で一覧を表示できます。</translation>
    </message>
    <message>
        <source>*Commands* (`/help NAME` for one):</source>
        <translation>*コマンド*（個別の説明は `/help NAME`）:</translation>
    </message>
    <message>
        <source>Could not delete the message: %1</source>
        <translation>メッセージを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not update the message: %1</source>
        <translation>メッセージを更新できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>bb::CommandAnswer</name>
    <message>
        <source>&apos;text&apos; is not a string</source>
        <translation>「text」が文字列ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>「%1」がリストではありません</translation>
    </message>
</context>
<context>
    <name>bb::CommandRegistry</name>
    <message>
        <source>&apos;%1&apos; is not a command name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, at most 32)</source>
        <translation>「%1」はコマンド名として使えません（英字、数字、「-」「_」「.」のみ、32 文字まで）</translation>
    </message>
    <message>
        <source>/%1 is already a command</source>
        <translation>/%1 はすでにコマンドとして登録されています</translation>
    </message>
    <message>
        <source>/%1 usage %2</source>
        <translation>/%1 の usage: %2</translation>
    </message>
</context>
<context>
    <name>bb::CommandUsage</name>
    <message>
        <source>unbalanced &apos;]&apos;</source>
        <translation>「]」に対応する「[」がありません</translation>
    </message>
    <message>
        <source>too many optional parts</source>
        <translation>省略可能な部分が多すぎます</translation>
    </message>
    <message>
        <source>unbalanced &apos;[&apos;</source>
        <translation>「[」が閉じていません</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引用符が閉じていません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not expected here</source>
        <translation>ここに「%1」は指定できません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not expected here (expected %2)</source>
        <translation>ここに「%1」は指定できません（%2 が必要です）</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 が指定されていません</translation>
    </message>
</context>
<context>
    <name>bb::Composer</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Message, or /command (Tab completes, /help lists them)</source>
        <translation>メッセージ、または /コマンド（Tab で補完、/help で一覧）</translation>
    </message>
    <message>
        <source>Run this command?</source>
        <translation>このコマンドを実行しますか？</translation>
    </message>
    <message>
        <source>%1

This command is marked as needing confirmation.</source>
        <translation>%1

このコマンドは、実行前に確認が必要なコマンドとして設定されています。</translation>
    </message>
    <message>
        <source>Nothing to complete here.</source>
        <translation>ここで補完できるものはありません。</translation>
    </message>
    <message>
        <source>⚠ %1 · only visible to you</source>
        <translation>⚠ %1 · あなただけに表示されています</translation>
    </message>
    <message>
        <source>%1 · only visible to you</source>
        <translation>%1 · あなただけに表示されています</translation>
    </message>
    <message>
        <source>Answers only visible to you</source>
        <translation>あなただけに表示される応答</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>メッセージのプレビュー</translation>
    </message>
    <message>
        <source>Message or command</source>
        <translation>メッセージまたはコマンド</translation>
    </message>
</context>
<context>
    <name>bb::Config</name>
    <message>
        <source>%1 signing secret &apos;%2&apos;: %3</source>
        <extracomment>%1 is &quot;/deploy&quot; (a command) or &quot;[[interactivity]] webhook&quot;, %3 why the secret cannot be read</extracomment>
        <translation>%1 の署名シークレット「%2」: %3</translation>
    </message>
    <message>
        <source>a duration such as %1</source>
        <translation>%1 のような時間の長さ</translation>
    </message>
    <message>
        <source>a size such as %1</source>
        <translation>%1 のようなサイズ</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (known: %3)</source>
        <translation>不明なキー「%1」です（場所: %2、使えるキー: %3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>「%1」には文字列を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>「%1」には true か false を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2</source>
        <extracomment>%1 is a key of the file, %2 what it takes, such as &quot;a duration such as &quot;30s&quot;&quot;</extracomment>
        <translation>「%1」には%2を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large (at most %2)</source>
        <translation>「%1」が大きすぎます（最大 %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number ≥ 0</source>
        <translation>「%1」には 0 以上の数を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid channel name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>「%1」は有効なチャンネル名ではありません（英字、数字、「-」「_」「.」のみ）</translation>
    </message>
    <message>
        <source>&apos;listen&apos; must look like &quot;127.0.0.1:%1&quot;, not &apos;%2&apos;</source>
        <translation>「listen」は &quot;127.0.0.1:%1&quot; の形で指定してください（「%2」ではなく）</translation>
    </message>
    <message>
        <source>&apos;ingest_tokens&apos; must be a list of secret names</source>
        <translation>「ingest_tokens」にはシークレット名のリストを指定してください</translation>
    </message>
    <message>
        <source>&apos;ingest_tokens&apos; must hold strings</source>
        <translation>「ingest_tokens」の要素は文字列にしてください</translation>
    </message>
    <message>
        <source>a whole number of days</source>
        <translation>日数（整数）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>unknown durability &apos;%1&apos; (full, normal)</source>
        <translation>durability の値「%1」が不明です（full、normal）</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (%2, or &quot;&quot; for the system&apos;s)</source>
        <translation>不明な言語「%1」です（%2、またはシステムの言語に従う &quot;&quot;）</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (system, light, dark)</source>
        <translation>不明なテーマ「%1」です（system、light、dark）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be written as [[%1]] tables</source>
        <translation>「%1」は [[%1]] テーブルとして書いてください</translation>
    </message>
    <message>
        <source>each [[%1]] entry must be a table</source>
        <translation>[[%1]] の各項目はテーブルにしてください</translation>
    </message>
    <message>
        <source>sound: %1</source>
        <translation>sound: %1</translation>
    </message>
    <message>
        <source>unknown notify mode &apos;%1&apos; (%2)</source>
        <translation>不明な通知方法「%1」です（%2）</translation>
    </message>
    <message>
        <source>&apos;volume&apos; must be a number from 0 to 1</source>
        <translation>「volume」には 0 から 1 までの数を指定してください</translation>
    </message>
    <message>
        <source>&apos;muted_until&apos; must be a local date and time such as &quot;2026-11-25T09:00&quot;, not &apos;%1&apos;</source>
        <translation>「muted_until」には &quot;2026-11-25T09:00&quot; のようなローカル日時を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>a [[channels]] entry needs a name</source>
        <translation>[[channels]] の項目には name が必要です</translation>
    </message>
    <message>
        <source>a duration such as &quot;5m&quot; (&quot;0s&quot;: never)</source>
        <translation>&quot;5m&quot; のような時間の長さ（&quot;0s&quot; なら繰り返さない）</translation>
    </message>
    <message>
        <source>&apos;quiet_hours&apos; must look like &quot;22:00-07:00&quot; (or &quot;&quot; for none), not &apos;%1&apos;</source>
        <translation>「quiet_hours」は &quot;22:00-07:00&quot; の形で指定してください（なしなら &quot;&quot;、「%1」ではなく）</translation>
    </message>
    <message>
        <source>a [[routes]] entry needs a tag and a channel</source>
        <translation>[[routes]] の項目には tag と channel が必要です</translation>
    </message>
    <message>
        <source>&apos;api_url&apos; must be an http:// or https:// URL such as &quot;https://slack.com/api/&quot;, not &apos;%1&apos;</source>
        <translation>「api_url」には &quot;https://slack.com/api/&quot; のような http:// または https:// の URL を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>&apos;mirror&apos; must be a list of Slack channel names, such as [&quot;general&quot;]</source>
        <translation>「mirror」には [&quot;general&quot;] のような Slack のチャンネル名のリストを指定してください</translation>
    </message>
    <message>
        <source>&apos;mirror&apos; must hold Slack channel names (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>「mirror」に書けるのは Slack のチャンネル名だけです（英字、数字、「-」「_」「.」）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a list of strings</source>
        <translation>「%1」には文字列か文字列のリストを指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings</source>
        <translation>「%1」には文字列のリストを指定してください</translation>
    </message>
    <message>
        <source>a [[commands]] entry needs a name</source>
        <translation>[[commands]] の項目には name が必要です</translation>
    </message>
    <message>
        <source>usage %1</source>
        <translation>usage %1</translation>
    </message>
    <message>
        <source>&apos;values&apos; must be a table of lists, e.g. values.stage = [&quot;staging&quot;, &quot;production&quot;]</source>
        <translation>「values」にはリストのテーブルを指定してください（例: values.stage = [&quot;staging&quot;, &quot;production&quot;]）</translation>
    </message>
    <message>
        <source>/%1 has both url and run: give either url (a Slack-style backend) or run (a program)</source>
        <translation>/%1 に url と run の両方があります: url（Slack 形式のバックエンド）か run（プログラム）のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>/%1 needs either url (a Slack-style backend) or run (a program)</source>
        <translation>/%1 には url（Slack 形式のバックエンド）か run（プログラム）のどちらかが必要です</translation>
    </message>
    <message>
        <source>&apos;url&apos; must be an http:// or https:// URL, not &apos;%1&apos;</source>
        <translation>「url」には http:// または https:// の URL を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>&apos;run&apos; must name a program</source>
        <translation>「run」には実行するプログラムを指定してください</translation>
    </message>
    <message>
        <source>an [[interactivity]] entry needs a source and a url</source>
        <translation>[[interactivity]] の項目には source と url が必要です</translation>
    </message>
    <message>
        <source>config line %1: %2</source>
        <extracomment>%1 is a line number of bellboard.toml, %2 what is wrong there</extracomment>
        <translation>設定ファイルの %1 行目: %2</translation>
    </message>
    <message>
        <source>the file</source>
        <extracomment>where in the file a key is: &quot;unknown key &apos;x&apos; in the file&quot;, as with &quot;in [server]&quot;</extracomment>
        <translation>ファイルの最上位</translation>
    </message>
    <message>
        <source>config %1: %2</source>
        <translation>設定ファイル %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 verification token &apos;%2&apos;: %3</source>
        <translation>%1 の検証トークン「%2」: %3</translation>
    </message>
    <message>
        <source>tls_certificate and tls_key go together: give both, or neither</source>
        <translation>tls_certificate と tls_key はセットで指定します: 両方を指定するか、どちらも指定しないでください</translation>
    </message>
    <message>
        <source>&apos;url&apos; must start with postgresql:// or postgres://</source>
        <translation>「url」は postgresql:// または postgres:// で始まる必要があります</translation>
    </message>
    <message>
        <source>&apos;url&apos; must not contain the password: name a secret in &apos;password&apos; instead</source>
        <translation>「url」にパスワードを含めてはいけません: 代わりに「password」にシークレット名を指定してください</translation>
    </message>
    <message>
        <source>a [[wall.tiles]] entry needs a query</source>
        <translation>[[wall.tiles]] のエントリーにはクエリが必要です</translation>
    </message>
    <message>
        <source>the query &apos;%1&apos; is not valid: %2</source>
        <extracomment>%1 is the query as written, %2 what is wrong with it</extracomment>
        <translation>クエリ「%1」は無効です: %2</translation>
    </message>
    <message>
        <source>unknown comparison &apos;%1&apos; (yesterday, last_week)</source>
        <translation>不明な比較「%1」です（yesterday、last_week）</translation>
    </message>
    <message>
        <source>&apos;compare&apos; needs a query with a start, such as &apos;today&apos; or &apos;after:&apos;</source>
        <translation>「compare」には「today」や「after:」のように開始点のあるクエリが必要です</translation>
    </message>
    <message>
        <source>unknown sum &apos;%1&apos; (amount)</source>
        <translation>不明な合計「%1」です（amount）</translation>
    </message>
    <message>
        <source>&apos;server&apos; must be an http:// or https:// URL such as &quot;https://bellboard.example:2355&quot;, not &apos;%1&apos;</source>
        <translation>「server」は &quot;https://bellboard.example:2355&quot; のような http:// または https:// の URL である必要があります（「%1」は不可）</translation>
    </message>
    <message>
        <source>&apos;certificate_sha256&apos; must be a SHA-256 fingerprint (64 hex digits, &apos;:&apos; between pairs allowed), not &apos;%1&apos;</source>
        <translation>「certificate_sha256」は SHA-256 フィンガープリント（16 進数 64 桁、2 桁ごとの「:」区切りも可）である必要があります（「%1」は不可）</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (viewer, operator, admin)</source>
        <translation>不明なロール「%1」です（viewer、operator、admin）</translation>
    </message>
    <message>
        <source>a [[users]] entry needs a name and a token (the name of a secret)</source>
        <translation>[[users]] のエントリーには名前とトークン（シークレット名）が必要です</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is already defined on line %2</source>
        <translation>ユーザー「%1」は %2 行目ですでに定義されています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for json sources only: a %2 source&apos;s events are made by Bellboard</source>
        <translation>「%1」は json ソース専用です: %2 ソースのイベントは Bellboard が作成します</translation>
    </message>
    <message>
        <source>the %1 template: %2</source>
        <translation>%1 テンプレート: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for grafana sources only</source>
        <translation>「%1」は grafana ソース専用です</translation>
    </message>
    <message>
        <source>source name &apos;%1&apos; may only have letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>ソース名「%1」に使えるのは英字、数字、「-」「_」「.」のみです</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos; (%2)</source>
        <translation>不明なソース種別「%1」です（%2）</translation>
    </message>
    <message>
        <source>&apos;secret&apos; is the NAME of a secret (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; set its value with `bellboard secret set NAME`), not &apos;%1&apos;</source>
        <translation>「secret」はシークレットの名前（英字、数字、「-」「_」「.」。値は `bellboard secret set NAME` で設定します）であり、「%1」は不可です</translation>
    </message>
    <message>
        <source>a [[sources]] entry needs a name (its URL is /sources/&lt;name&gt;)</source>
        <translation>[[sources]] のエントリーには名前が必要です（URL は /sources/&lt;name&gt; になります）</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; needs a kind (%2)</source>
        <translation>ソース「%1」には種別が必要です（%2）</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is already defined on line %2</source>
        <translation>ソース「%1」は %2 行目ですでに定義されています</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; needs a channel</source>
        <translation>ソース「%1」にはチャンネルが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel name</source>
        <translation>「%1」はチャンネル名ではありません</translation>
    </message>
    <message>
        <source>json source &apos;%1&apos; needs a text template, e.g. text = &quot;{{ user.email }} signed up&quot;</source>
        <translation>json ソース「%1」には text テンプレートが必要です（例: text = &quot;{{ user.email }} signed up&quot;）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a table ([%1])</source>
        <translation>「%1」はテーブル（[%1]）である必要があります</translation>
    </message>
</context>
<context>
    <name>bb::DayGroupDelegate</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
</context>
<context>
    <name>bb::EventExporter</name>
    <message>
        <source>An export is already running.</source>
        <translation>すでに書き出しを実行中です。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>bb::EventStore</name>
    <message>
        <source>The event store is already open (%1).</source>
        <translation>イベントストアはすでに開いています（%1）。</translation>
    </message>
    <message>
        <source>Invalid channel name &quot;%1&quot;.</source>
        <translation>チャンネル名「%1」は無効です。</translation>
    </message>
    <message>
        <source>The event store is not open.</source>
        <translation>イベントストアが開いていません。</translation>
    </message>
    <message>
        <source>Event %1 is not stored (it was deleted, or never stored).</source>
        <translation>イベント %1 は保存されていません（削除されたか、一度も保存されていません）。</translation>
    </message>
</context>
<context>
    <name>bb::FeedDelegate</name>
    <message>
        <source>unknown sender</source>
        <translation>不明な送信者</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <translation>M月d日 (dddd)</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 (dddd)</translation>
    </message>
    <message>
        <source>in a thread</source>
        <translation>スレッド内</translation>
    </message>
    <message>
        <source>last reply %1</source>
        <translation>最終返信 %1</translation>
    </message>
    <message>
        <source>acknowledged by %1 · %2</source>
        <extracomment>%1 is a person&apos;s name, %2 the time they acknowledged the event, &quot;14:05&quot;</extracomment>
        <translation>%1 が確認済み · %2</translation>
    </message>
</context>
<context>
    <name>bb::FeedModel</name>
    <message>
        <source>1 reply</source>
        <translation>返信 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>返信 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <extracomment>%1 is the person who acknowledged the event, as a screen reader says the row</extracomment>
        <translation>%1 が確認済み</translation>
    </message>
</context>
<context>
    <name>bb::FeedView</name>
    <message>
        <source>Channel feed</source>
        <translation>チャンネルのフィード</translation>
    </message>
    <message>
        <source>Jump to the newest events</source>
        <translation>最新のイベントへ移動</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新着 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 が %2 に確認済み</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>bb::MainWindow</name>
    <message>
        <source>Wall Mode</source>
        <translation>ウォールモード</translation>
    </message>
    <message>
        <source>Could not read events: %1</source>
        <translation>イベントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Bellboard</source>
        <translation>Bellboard</translation>
    </message>
    <message>
        <source>#%1 — Bellboard</source>
        <translation>#%1 — Bellboard</translation>
    </message>
    <message>
        <source>Problems in the configuration</source>
        <translation>設定ファイルの問題</translation>
    </message>
    <message>
        <source>Bellboard started with the default for each value it could not use in %1.</source>
        <translation>%1 で使えなかった値は既定値に置き換えて、Bellboard を起動しました。</translation>
    </message>
</context>
<context>
    <name>bb::PaneArea</name>
    <message>
        <source>Split Right</source>
        <translation>右に分割</translation>
    </message>
    <message>
        <source>Split Down</source>
        <translation>下に分割</translation>
    </message>
    <message>
        <source>Close Pane</source>
        <translation>ペインを閉じる</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>次のペイン</translation>
    </message>
</context>
<context>
    <name>bb::PostgresStoreBackend</name>
    <message>
        <source>Invalid channel name &quot;%1&quot;.</source>
        <translation>チャンネル名「%1」は無効です。</translation>
    </message>
    <message>
        <source>Event %1 is not stored (it was deleted, or never stored).</source>
        <translation>イベント %1 は保存されていません（削除されたか、一度も保存されていません）。</translation>
    </message>
</context>
<context>
    <name>bb::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source> events</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>何も変更していません: %1</translation>
    </message>
</context>
<context>
    <name>bb::ProcessCommandRunner</name>
    <message>
        <source>could not start `%1`: %2</source>
        <translation>`%1` を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>%1 秒後</translation>
    </message>
    <message>
        <source>timed out after %1 s and was stopped</source>
        <translation>%1 秒でタイムアウトしたため停止しました</translation>
    </message>
    <message>
        <source>crashed %1</source>
        <translation>クラッシュしました（%1）</translation>
    </message>
    <message>
        <source>exit status 0 %1</source>
        <translation>終了ステータス 0（%1）</translation>
    </message>
    <message>
        <source>exit status %1 %2</source>
        <translation>終了ステータス %1（%2）</translation>
    </message>
    <message>
        <source>the command has no program to run</source>
        <translation>実行するプログラムが指定されていません</translation>
    </message>
    <message>
        <source> (output cut at %1 bytes; %2 more bytes not kept)</source>
        <translation>（出力は %1 バイトで打ち切り、残りの %2 バイトは保存していません）</translation>
    </message>
    <message>
        <source>/%1 was not run: the command could not be stored</source>
        <translation>/%1 は実行していません: コマンドを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>bb::RemoteCommands</name>
    <message>
        <source>/%1 was not run on the server: %2</source>
        <translation>/%1 はサーバーで実行されませんでした：%2</translation>
    </message>
    <message>
        <source>/%1 needs a confirmation on the server now: type it again.</source>
        <translation>/%1 はサーバーで確認が必要になりました。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>bb::RemoteReply</name>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>サーバーに接続できません（%1）</translation>
    </message>
    <message>
        <source>the server refused the token (%1); log in again with bellboard remote login</source>
        <translation>サーバーがトークンを拒否しました（%1）。bellboard remote login で再度ログインしてください</translation>
    </message>
    <message>
        <source>your role on the server does not allow this (%1)</source>
        <translation>サーバーでのあなたのロールではこの操作は許可されていません（%1）</translation>
    </message>
    <message numerus="yes">
        <source>too many failed attempts from this address; try again in %n s</source>
        <translation>
            <numerusform>このアドレスからの失敗した試行が多すぎます。%n 秒後にもう一度お試しください</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>サーバーが HTTP %1 を返しました: %2</translation>
    </message>
    <message>
        <source>the answer to /api/whoami names no user: is this a Bellboard server?</source>
        <translation>/api/whoami の応答にユーザーが含まれていません: これは Bellboard サーバーですか？</translation>
    </message>
    <message>
        <source>the server refused the token (%1); log in again: bellboard remote login %2</source>
        <translation>サーバーがトークンを拒否しました（%1）。もう一度ログインしてください: bellboard remote login %2</translation>
    </message>
</context>
<context>
    <name>bb::RemoteStoreBackend</name>
    <message>
        <source>the server stored the post but did not say its id: is it an older Bellboard?</source>
        <translation>サーバーは投稿を保存しましたが ID を返しませんでした: 古い Bellboard ですか？</translation>
    </message>
    <message>
        <source>a console attached to a server mirrors nothing itself: the server runs the Slack mirror</source>
        <translation>サーバーに接続したコンソールは自分ではミラーしません: Slack ミラーはサーバーが実行します</translation>
    </message>
    <message>
        <source>a console attached to a server cannot edit stored events</source>
        <translation>サーバーに接続したコンソールは保存済みのイベントを編集できません</translation>
    </message>
    <message>
        <source>a console attached to a server cannot delete stored events</source>
        <translation>サーバーに接続したコンソールは保存済みのイベントを削除できません</translation>
    </message>
</context>
<context>
    <name>bb::RemoteStream</name>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message numerus="yes">
        <source>no answer from the server for %n s</source>
        <translation>
            <numerusform>サーバーから %n 秒間応答がありません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::RichText</name>
    <message numerus="yes">
        <source>… (%n more characters)</source>
        <translation>
            <numerusform>…（ほか %n 文字）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::SearchPanel</name>
    <message>
        <source>Type words to find, or user:, in:#channel, level:, from:, after:, before:.</source>
        <translation>探したい単語か、user:、in:#チャンネル、level:、from:、after:、before: を入力してください。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>First %1 results</source>
        <translation>最初の %1 件</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1（%2 ミリ秒）</translation>
    </message>
    <message>
        <source>Open in #%1</source>
        <translation>#%1 で開く</translation>
    </message>
    <message>
        <source>Show everything %1 did</source>
        <translation>%1 の行動をすべて表示</translation>
    </message>
</context>
<context>
    <name>bb::Secrets</name>
    <message>
        <source>secret &apos;%1&apos; is not set (bellboard secret set %1)</source>
        <translation>シークレット「%1」が設定されていません（bellboard secret set %1）</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); on a headless server set %2 instead</source>
        <translation>システムのキーチェーンを利用できません（%1）。ヘッドレスサーバーでは代わりに %2 を設定してください</translation>
    </message>
</context>
<context>
    <name>bb::SenderIcons</name>
    <message>
        <source>not an http or https address</source>
        <translation>http または https のアドレスではありません</translation>
    </message>
    <message>
        <source>larger than %1 KiB</source>
        <translation>%1 KiB を超えています</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>画像ではありません</translation>
    </message>
</context>
<context>
    <name>bb::ServerCommands</name>
    <message>
        <source>%1

This command is marked as needing confirmation.</source>
        <translation>%1

このコマンドは確認が必要と指定されています。</translation>
    </message>
</context>
<context>
    <name>bb::ServerWait</name>
    <message>
        <source>%1 answers; attaching.</source>
        <translation>%1 が応答しました。接続します。</translation>
    </message>
    <message>
        <source>waiting for %1 (%2); trying again every %3 s at most, Ctrl+C to stop</source>
        <translation>%1 を待っています（%2）。最長 %3 秒ごとに再試行します。Ctrl+C で中止</translation>
    </message>
</context>
<context>
    <name>bb::ServiceHost</name>
    <message>
        <source>ingest token &apos;%1&apos;: %2</source>
        <translation>取り込みトークン「%1」: %2</translation>
    </message>
    <message>
        <source>refusing to listen on %1: a non-loopback address needs an ingest token (set one with `bellboard secret set NAME` and list NAME in [server] ingest_tokens)</source>
        <translation>%1 での待ち受けを拒否しました: ループバック以外のアドレスには取り込みトークンが必要です（`bellboard secret set NAME` で設定し、[server] ingest_tokens に NAME を追加してください）</translation>
    </message>
    <message>
        <source>cannot open the event store %1: %2</source>
        <translation>イベントストア %1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the Slack mirror is waiting for a login: %1</source>
        <translation>Slack のミラーはログインを待っています: %1</translation>
    </message>
    <message>
        <source>using the Slack tokens from BELLBOARD_SECRET_SLACK_* environment variables, not the keychain: keep this service&apos;s environment private</source>
        <translation>Slack のトークンはキーチェーンではなく環境変数 BELLBOARD_SECRET_SLACK_* から読み込んでいます。このサービスの環境は他人に見えないようにしてください</translation>
    </message>
    <message>
        <source>sound is unavailable: %1</source>
        <translation>サウンドを利用できません: %1</translation>
    </message>
    <message>
        <source>user &apos;%1&apos;: token &apos;%2&apos;: %3</source>
        <translation>ユーザー「%1」: トークン「%2」: %3</translation>
    </message>
    <message>
        <source>source &apos;%1&apos;, secret &apos;%2&apos;: %3</source>
        <translation>ソース「%1」、シークレット「%2」: %3</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has no secret: it accepts requests from this machine only</source>
        <translation>ソース「%1」にはシークレットがありません: このマシンからのリクエストのみ受け付けます</translation>
    </message>
    <message>
        <source>WARNING: listening on %1 with [[users]] but without TLS: people&apos;s tokens and every event cross the network in clear. Set [server] tls_certificate and tls_key.</source>
        <translation>警告: [[users]] を設定したまま TLS なしで %1 で待ち受けています: 各ユーザーのトークンとすべてのイベントが平文でネットワークを通ります。[server] tls_certificate と tls_key を設定してください。</translation>
    </message>
    <message>
        <source>store password &apos;%1&apos;: %2</source>
        <translation>ストアのパスワード「%1」: %2</translation>
    </message>
    <message>
        <source>this server now leads: it runs the Slack mirror and retention</source>
        <translation>このサーバーがリーダーになりました: Slack ミラーと保持期間の処理を実行します</translation>
    </message>
    <message>
        <source>this server no longer leads: another one runs the Slack mirror and retention</source>
        <translation>このサーバーはリーダーではなくなりました: Slack ミラーと保持期間の処理は別のサーバーが実行します</translation>
    </message>
</context>
<context>
    <name>bb::SignedPost</name>
    <message>
        <source>no answer from %1 within %2 seconds</source>
        <translation>%1 から %2 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 が HTTP %2 を返しました</translation>
    </message>
</context>
<context>
    <name>bb::SingleInstance</name>
    <message>
        <source>another Bellboard is running for this data folder but does not answer</source>
        <translation>このデータフォルダーでは別の Bellboard が起動していますが、応答がありません</translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2): a second `bellboard` will open a second window</source>
        <translation>%1 で待ち受けできません（%2）。2 つ目の `bellboard` は別のウィンドウを開きます</translation>
    </message>
</context>
<context>
    <name>bb::SlackChannelsDialog</name>
    <message>
        <source>Asking Slack for the channels…</source>
        <translation>Slack にチャンネルを問い合わせています…</translation>
    </message>
    <message>
        <source>Slack did not list the channels: %1</source>
        <translation>Slack からチャンネルの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>#%1 — %2</source>
        <translation>#%1 — %2</translation>
    </message>
    <message>
        <source>private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <source>the app is not a member</source>
        <translation>アプリがメンバーではありません</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>not listed by Slack</source>
        <translation>Slack の一覧にありません</translation>
    </message>
    <message>
        <source>Archived, renamed, or private without the app in it. Untick it to stop mirroring it.</source>
        <translation>アーカイブされたか、名前が変わったか、アプリが参加していないプライベートチャンネルです。ミラーをやめるにはチェックを外してください。</translation>
    </message>
    <message>
        <source>No channel mirrored.</source>
        <translation>ミラーするチャンネルはありません。</translation>
    </message>
    <message>
        <source>1 channel mirrored.</source>
        <translation>1 チャンネルをミラーします。</translation>
    </message>
    <message numerus="yes">
        <source>%n channels mirrored.</source>
        <translation>
            <numerusform>%n チャンネルをミラーします。</numerusform>
        </translation>
    </message>
    <message>
        <source>The app cannot read %1 yet: in Slack, type /invite @&lt;your app&gt; there.</source>
        <translation>アプリはまだ %1 を読めません。Slack でそのチャンネルを開き、/invite @&lt;アプリ名&gt; と入力してください。</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>選択内容を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>bb::SlackConnectDialog</name>
    <message>
        <source>Checking with Slack…</source>
        <translation>Slack で確認中…</translation>
    </message>
    <message>
        <source>Slack accepted the tokens, but they could not be stored: %1</source>
        <translation>Slack はトークンを受け付けましたが、保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>bb::SlackMirrorWorker</name>
    <message>
        <source>%1 paused by Slack</source>
        <translation>%1 は Slack により一時停止中</translation>
    </message>
    <message>
        <source>no channels to mirror: `bellboard slack mirror NAME…`</source>
        <translation>ミラーするチャンネルがありません: `bellboard slack mirror NAME…`</translation>
    </message>
    <message>
        <source>no tokens: run `bellboard slack login`</source>
        <translation>トークンがありません: `bellboard slack login` を実行してください</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#%1 is not a channel the app can see: check the name, or /invite the app to a private channel</source>
        <translation>#%1 はアプリから見えるチャンネルではありません: 名前を確認するか、プライベートチャンネルであればアプリを /invite してください</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>#%1 is not a mirrored Slack channel</source>
        <translation>#%1 はミラー中の Slack チャンネルではありません</translation>
    </message>
</context>
<context>
    <name>bb::SlackPoster</name>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Not posted to Slack: %1</source>
        <translation>Slack に投稿できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>bb::SlackResponse</name>
    <message>
        <source>Slack does not accept the token (mistyped, or from another workspace): log in again with a new one.</source>
        <translation>Slack がトークンを受け付けません（入力ミスか、別のワークスペースのトークンです）。新しいトークンでログインし直してください。</translation>
    </message>
    <message>
        <source>No token was sent: log in with `bellboard slack login`.</source>
        <translation>トークンが送信されませんでした。`bellboard slack login` でログインしてください。</translation>
    </message>
    <message>
        <source>The token belongs to a deleted user or an uninstalled app: reinstall the app and log in again.</source>
        <translation>このトークンは、削除されたユーザーかアンインストールされたアプリのものです。アプリを再インストールして、ログインし直してください。</translation>
    </message>
    <message>
        <source>The token was revoked: create a new one and log in again.</source>
        <translation>トークンが失効しています。新しいトークンを作成して、ログインし直してください。</translation>
    </message>
    <message>
        <source>The token expired: log in again with a fresh one.</source>
        <translation>トークンの有効期限が切れています。新しいトークンでログインし直してください。</translation>
    </message>
    <message>
        <source>The app is not a member of this channel: in Slack, open the channel and type /invite @&lt;your app&apos;s name&gt;, then Bellboard catches up on its own.</source>
        <translation>アプリがこのチャンネルのメンバーではありません。Slack でチャンネルを開いて /invite @&lt;アプリ名&gt; と入力してください。その後は Bellboard が自動的に追いつきます。</translation>
    </message>
    <message>
        <source>No such channel, or the app cannot see it (a private channel needs an /invite first).</source>
        <translation>チャンネルが存在しないか、アプリから見えません（プライベートチャンネルの場合は先に /invite が必要です）。</translation>
    </message>
    <message>
        <source>The app lacks the permission scope %1: add it under OAuth &amp; Permissions, reinstall the app and log in again.</source>
        <translation>アプリに権限スコープ %1 がありません。OAuth &amp; Permissions で追加し、アプリを再インストールしてログインし直してください。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>The channel is archived.</source>
        <translation>このチャンネルはアーカイブされています。</translation>
    </message>
    <message>
        <source>The message is too long for Slack.</source>
        <translation>メッセージが長すぎるため、Slack に送信できません。</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>メッセージに本文がありません。</translation>
    </message>
    <message>
        <source>The workspace does not let the app post in this channel.</source>
        <translation>このワークスペースでは、アプリがこのチャンネルに投稿することが許可されていません。</translation>
    </message>
    <message>
        <source>The thread to reply in does not exist.</source>
        <translation>返信先のスレッドが存在しません。</translation>
    </message>
    <message>
        <source>Slack could not be reached: %1</source>
        <translation>Slack に接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Slack did not answer in time.</source>
        <translation>Slack から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Slack&apos;s answer was not JSON (a proxy in the way? check the API URL).</source>
        <translation>Slack からの応答が JSON ではありませんでした（プロキシが間に入っていませんか？ API の URL を確認してください）。</translation>
    </message>
    <message>
        <source>Slack answered with HTTP status %1.</source>
        <translation>Slack が HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <source>Slack answered &quot;%1&quot;.</source>
        <translation>Slack から「%1」が返されました。</translation>
    </message>
</context>
<context>
    <name>bb::SlackSocket</name>
    <message>
        <source>apps.connections.open gave no URL</source>
        <translation>apps.connections.open から URL が返されませんでした</translation>
    </message>
    <message>
        <source>the connection closed (%1)</source>
        <translation>接続が閉じられました（%1）</translation>
    </message>
    <message>
        <source>no hello within %1 ms</source>
        <translation>%1 ミリ秒以内に hello がありませんでした</translation>
    </message>
    <message>
        <source>no answer to pings for %1 ms</source>
        <translation>%1 ミリ秒間 ping に応答がありません</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>接続されていません</translation>
    </message>
</context>
<context>
    <name>bb::SoundPlayer</name>
    <message>
        <source>Sound is unavailable: no audio output device was found. Bellboard keeps running; alerts still mark channels and show notifications, but make no sound.</source>
        <translation>サウンドを使えません: 音声出力デバイスが見つかりません。Bellboard はこのまま動作し、通知ではチャンネルの強調と通知の表示だけを行い、音は鳴らしません。</translation>
    </message>
    <message>
        <source>no audio output device</source>
        <translation>音声出力デバイスがありません</translation>
    </message>
    <message>
        <source>the audio system could not decode %1</source>
        <translation>オーディオシステムが %1 をデコードできませんでした</translation>
    </message>
    <message>
        <source>Sound is available again: an audio output device was found.</source>
        <translation>サウンドが再び利用可能になりました: 音声出力デバイスが見つかりました。</translation>
    </message>
</context>
<context>
    <name>bb::Sparkline</name>
    <message>
        <source>Events per minute over the last hour</source>
        <translation>直近 1 時間の 1 分あたりのイベント数</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/分</translation>
    </message>
</context>
<context>
    <name>bb::SqliteStoreBackend</name>
    <message>
        <source>Invalid channel name &quot;%1&quot;.</source>
        <translation>チャンネル名「%1」は無効です。</translation>
    </message>
    <message>
        <source>Event %1 is not stored (it was deleted, or never stored).</source>
        <translation>イベント %1 は保存されていません（削除されたか、一度も保存されていません）。</translation>
    </message>
</context>
<context>
    <name>bb::StoreCopy</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>The target holds event %1, which the source does not have: it holds other events than the source. Copy into an empty store.</source>
        <translation>コピー先にはコピー元にないイベント %1 があります: コピー元とは別のイベントを持っています。空のストアへコピーしてください。</translation>
    </message>
    <message>
        <source>The target lacks the source&apos;s event %1 but holds newer ones: it holds other events than the source. Copy into an empty store.</source>
        <translation>コピー先にはコピー元のイベント %1 がありませんが、より新しいイベントがあります: コピー元とは別のイベントを持っています。空のストアへコピーしてください。</translation>
    </message>
    <message>
        <source>The target holds a different event under id %1 than the source: it holds other events than the source. Copy into an empty store.</source>
        <translation>コピー先の ID %1 にはコピー元と異なるイベントがあります: コピー元とは別のイベントを持っています。空のストアへコピーしてください。</translation>
    </message>
    <message>
        <source>The source and the target are the same store.</source>
        <translation>コピー元とコピー先が同じストアです。</translation>
    </message>
    <message>
        <source>Cannot read the source: %1</source>
        <translation>コピー元を読み取れません: %1</translation>
    </message>
    <message>
        <source>Cannot open the target: %1</source>
        <translation>コピー先を開けません: %1</translation>
    </message>
    <message>
        <source>Cannot write to the target: %1</source>
        <translation>コピー先に書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot count the rows: %1</source>
        <translation>行数を数えられません: %1</translation>
    </message>
    <message>
        <source>A Bellboard server is running on the target: stop it first (the copied events would reach its consoles as new ones).</source>
        <translation>コピー先で Bellboard サーバーが動作しています。先に停止してください（コピーしたイベントが新しいイベントとしてそのコンソールに届いてしまいます）。</translation>
    </message>
</context>
<context>
    <name>bb::StoreStatusBanner</name>
    <message>
        <source>Connection to the server</source>
        <translation>サーバーへの接続</translation>
    </message>
    <message>
        <source>Store unavailable (%1): %2 — retrying at %3</source>
        <translation>ストアに接続できません（%1）: %2 — %3 に再試行</translation>
    </message>
    <message>
        <source>Store unavailable (%1): %2</source>
        <translation>ストアに接続できません（%1）: %2</translation>
    </message>
    <message>
        <source>Disconnected from %1: %2 — retrying at %3</source>
        <translation>%1 から切断されました: %2 — %3 に再試行</translation>
    </message>
    <message>
        <source>Disconnected from %1: %2</source>
        <translation>%1 から切断されました: %2</translation>
    </message>
</context>
<context>
    <name>bb::TlsRefusal</name>
    <message>
        <source>the server&apos;s certificate is not signed by a certificate authority this system trusts (%1); its SHA-256 fingerprint is %2</source>
        <translation>サーバーの証明書は、このシステムが信頼する認証局によって署名されていません（%1）。SHA-256 フィンガープリントは %2 です</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has CHANGED: it presented %1, but %2 is pinned. Someone may be intercepting the connection, or the server got a new certificate; if you expected that, log in again (bellboard remote login) to pin the new one</source>
        <translation>サーバーの証明書が変更されています: %1 が提示されましたが、固定されているのは %2 です。接続が傍受されているか、サーバーの証明書が更新された可能性があります。更新が想定どおりなら、再度ログイン（bellboard remote login）して新しい証明書を固定してください</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>証明書なし</translation>
    </message>
</context>
<context>
    <name>bb::TrayNotifier</name>
    <message>
        <source>Show Bellboard</source>
        <translation>Bellboard を表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Bellboard</source>
        <translation>Bellboard</translation>
    </message>
    <message numerus="yes">
        <source>Bellboard: %n unread</source>
        <translation>
            <numerusform>Bellboard: 未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>no system tray here, so no desktop notifications; channels still go bold</source>
        <translation>システムトレイがないため、デスクトップ通知は表示しません。チャンネルの太字表示はこれまでどおり行います</translation>
    </message>
</context>
<context>
    <name>bb::UserTimeline</name>
    <message>
        <source>%1 — timeline</source>
        <translation>%1 — タイムライン</translation>
    </message>
    <message>
        <source>Everything %1 did, newest first</source>
        <translation>%1 の行動すべて（新しい順）</translation>
    </message>
    <message>
        <source>Could not read events: %1</source>
        <translation>イベントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Newest %1 events shown</source>
        <translation>新しいほうから %1 件を表示しています</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV に書き出す</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON に書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Exported 1 event</source>
        <translation>1 件を書き出しました</translation>
    </message>
    <message>
        <source>Exported %1 events</source>
        <translation>%1 件を書き出しました</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>すべてのチャンネル</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>すべてのレベル</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>まだイベントはありません</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>最初の出現 %1 · 最後の出現 %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Latest payment: %1 — %2 (%3)</source>
        <translation>最新の支払い: %1 — %2（%3）</translation>
    </message>
    <message>
        <source>Latest plan change: %1 (%2)</source>
        <translation>最新のプラン変更: %1（%2）</translation>
    </message>
</context>
<context>
    <name>bb::WallClock</name>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 (dddd)</translation>
    </message>
</context>
<context>
    <name>bb::WallTile</name>
    <message>
        <source>none yesterday either</source>
        <translation>昨日もなし</translation>
    </message>
    <message>
        <source>none last week either</source>
        <translation>先週もなし</translation>
    </message>
    <message>
        <source>▲ none by now yesterday</source>
        <translation>▲ 昨日の同時刻まではなし</translation>
    </message>
    <message>
        <source>▲ none by now last week</source>
        <translation>▲ 先週の同時刻まではなし</translation>
    </message>
    <message>
        <source>same as yesterday</source>
        <translation>昨日と同じ</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>先週と同じ</translation>
    </message>
    <message>
        <source>%1 %2% vs yesterday</source>
        <translation>昨日比 %1 %2%</translation>
    </message>
    <message>
        <source>%1 %2% vs last week</source>
        <translation>先週比 %1 %2%</translation>
    </message>
</context>
<context>
    <name>bb::WallTiles</name>
    <message>
        <source>Sign-ups today</source>
        <translation>本日の新規登録</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>本日の売上</translation>
    </message>
    <message>
        <source>Errors today</source>
        <translation>本日のエラー</translation>
    </message>
</context>
<context>
    <name>bb::WallWindow</name>
    <message>
        <source>Bellboard</source>
        <translation>Bellboard</translation>
    </message>
    <message>
        <source>Bellboard wall</source>
        <translation>Bellboard ウォール</translation>
    </message>
    <message>
        <source>Leave wall mode</source>
        <translation>ウォールモードを終了</translation>
    </message>
    <message>
        <source>no channel named %1 (known channels: %2)</source>
        <translation>%1 という名前のチャンネルはありません（既存のチャンネル: %2）</translation>
    </message>
</context>
<context>
    <name>bb::WebhookCommandRunner</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 failed: the backend sent %2</source>
        <translation>%1 が失敗しました: バックエンドから %2 が返されました</translation>
    </message>
</context>
<context>
    <name>bb::WindowAlerts</name>
    <message>
        <source>Sound is back</source>
        <translation>サウンド復帰</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>サウンドなし</translation>
    </message>
    <message>
        <source>An alert in #%1 rings until someone acknowledges it</source>
        <extracomment>in the status bar while crit alerts repeat their sound; #%1 is the (newest) alert&apos;s channel</extracomment>
        <translation>#%1 のアラートは誰かが確認するまで鳴り続けます</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts ring until acknowledged, the newest in #%1</source>
        <translation>
            <numerusform>%n 件のアラートが確認されるまで鳴り続けます（最新は #%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the newest: /ack or its Acknowledge action stops it for the whole team</source>
        <translation>最新のものを表示：/ack または「確認」操作でチーム全員の分が止まります</translation>
    </message>
    <message>
        <source>Alerts ringing until acknowledged</source>
        <translation>確認されるまで鳴り続けるアラート</translation>
    </message>
</context>
<context>
    <name>bb::WindowChatOps</name>
    <message>
        <source>Searches every channel (the search panel&apos;s query language).</source>
        <translation>すべてのチャンネルを検索します（検索パネルと同じ検索式）。</translation>
    </message>
    <message>
        <source>Opens everything one user did (an e-mail address or @handle).</source>
        <translation>1 人のユーザーの行動をすべて表示します（メールアドレスまたは @ハンドル）。</translation>
    </message>
    <message>
        <source>/user: name an e-mail address or @handle</source>
        <translation>/user: メールアドレスまたは @ハンドルを指定してください</translation>
    </message>
    <message>
        <source>Opens wall mode with these channels, e.g. /wall financials,user-behavior.</source>
        <translation>指定したチャンネルでウォールモードを開きます（例: /wall financials,user-behavior）。</translation>
    </message>
</context>
<context>
    <name>bb::WindowSearch</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>#%1 is not in the channel list.</source>
        <translation>#%1 はチャンネル一覧にありません。</translation>
    </message>
    <message>
        <source>That event is older than the feed keeps open; it stays in the search results.</source>
        <translation>このイベントはフィードで開いておける範囲より古いため、検索結果に表示したままにします。</translation>
    </message>
    <message>
        <source>Show everything %1 did</source>
        <translation>%1 の行動をすべて表示</translation>
    </message>
</context>
<context>
    <name>bb::WindowSlack</name>
    <message>
        <source>Connect Slack workspace…</source>
        <translation>Slack ワークスペースに接続…</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Slack · %1</source>
        <translation>Slack · %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Slack channels…</source>
        <translation>Slack チャンネル…</translation>
    </message>
    <message>
        <source>Choose which Slack channels are mirrored</source>
        <translation>ミラーする Slack チャンネルを選びます</translation>
    </message>
    <message>
        <source>Slack Channels</source>
        <translation>Slack チャンネル</translation>
    </message>
    <message>
        <source>The Slack token could not be read: %1</source>
        <translation>Slack のトークンを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>bb::schema</name>
    <message>
        <source>The event database was written by a newer Bellboard (schema version %1; this version understands up to %2). Use a newer Bellboard or another data folder.</source>
        <translation>このイベントデータベースは新しい Bellboard で作られています（スキーマバージョン %1。このバージョンが扱えるのは %2 まで）。新しい Bellboard を使うか、別のデータフォルダーを指定してください。</translation>
    </message>
</context>
<context>
    <name>bb::slacktokens</name>
    <message>
        <source>not logged in to Slack: run `bellboard slack login`</source>
        <translation>Slack にログインしていません: `bellboard slack login` を実行してください</translation>
    </message>
    <message>
        <source>not logged in to Slack: there were no tokens to remove</source>
        <translation>Slack にログインしていません: 削除するトークンはありませんでした</translation>
    </message>
    <message>
        <source>the two tokens are swapped: give the bot token (xoxb-…) first, then the app-level token (xapp-…)</source>
        <translation>2 つのトークンが逆になっています: 先にボットトークン（xoxb-…）、次にアプリレベルトークン（xapp-…）を指定してください</translation>
    </message>
    <message>
        <source>the first line must be the bot token, which starts with xoxb- (OAuth &amp; Permissions → Bot User OAuth Token)</source>
        <translation>1 行目には xoxb- で始まるボットトークンを指定してください（OAuth &amp; Permissions → Bot User OAuth Token）</translation>
    </message>
    <message>
        <source>the second line must be the app-level token, which starts with xapp- (Basic Information → App-Level Tokens, scope connections:write)</source>
        <translation>2 行目には xapp- で始まるアプリレベルトークンを指定してください（Basic Information → App-Level Tokens、スコープ connections:write）</translation>
    </message>
    <message>
        <source>a token contains spaces or unusual characters: paste it again</source>
        <translation>トークンに空白または使えない文字が含まれています: もう一度貼り付けてください</translation>
    </message>
</context>
</TS>

// The config texts of tst_chatopsconfig (line numbers matter: the test checks them).
extern const char *const kBothKinds;
const char *const kBothKinds = R"(
[chatops]
user_name = "support-desk"

[[commands]]
name = "deploy"
usage = "deploy <app> [to <stage>]"
description = "Deploys an app"
url = "http://127.0.0.1:3000/slack/commands"
signing_secret = "deploy"
verification_token = "deploy-token"
values.stage = ["staging", "production"]

[[commands]]
name = "restart"
usage = ["restart <service>", "restart all"]
run = ["systemctl", "--user", "restart", "{service}"]
working_dir = "/tmp"
timeout = "90s"
max_output = "16KiB"
confirm = true

[[interactivity]]
source = "webhook"
url = "https://ci.example/slack/actions"
signing_secret = "ci"
verification_token = "ci-token"

[alerts]
repeat_crit = "2m"
)";

extern const char *const kBroken;
const char *const kBroken = R"([[commands]]
name = "both"
url = "http://x/"
run = ["x"]

[[commands]]
name = "bad-usage"
usage = "bad [<x>"
run = ["x"]

[[commands]]
name = "ftp"
url = "ftp://x/"

[[commands]]
name = "neither"

[[commands]]
name = "typo"
rn = ["x"]

[[interactivity]]
url = "http://x/"

[alerts]
repeat_crit = "often"

[[commands]]
name = "numbered"
url = "http://x/"
verification_token = 42
)";

extern const char *const kRegistered;
const char *const kRegistered = R"(
[[commands]]
name = "restart"
usage = "restart <service>"
run = ["echo", "{service}"]

[[commands]]
name = "help"
run = ["echo"]

[[commands]]
name = "deploy"
url = "http://127.0.0.1:9/x"
signing_secret = "bellboard-test-missing-secret"

[[commands]]
name = "signed"
url = "http://127.0.0.1:9/x"
signing_secret = "bellboard-test-secret"

[[interactivity]]
source = "webhook"
url = "http://127.0.0.1:9/actions"

[[commands]]
name = "tokened"
url = "http://127.0.0.1:9/x"
verification_token = "bellboard-test-missing-token"
)";

// A backend that checks Slack's legacy verification token (the URL is the test's backend).
extern const char *const kVerified;
const char *const kVerified = R"(
[[commands]]
name = "deploy"
url = "http://127.0.0.1:9/slack/commands"
signing_secret = "bellboard-test-secret"
verification_token = "bellboard-test-token"
)";

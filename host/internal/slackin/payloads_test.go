package slackin

import "fmt"

// Realistic Events API payloads, shaped like what Slack sends (key order,
// rich-text blocks, client_msg_id, event_context, null enterprise ids,
// attachments, files, bot profiles), for the fast-path equivalence tests
// and the payload benchmarks. Team testTeam, bot user botUser / bot botID.

// authorization is the `authorizations` entry Slack adds for the bot.
const authorization = `[{"enterprise_id":null,"team_id":"T0001","user_id":"UBOT","is_bot":true,"is_enterprise_install":false}]`

// envelope wraps an inner event as Slack's event_callback, with the given
// authorizations JSON ("" leaves the key out, as older deliveries and
// some tests do).
func envelope(eventID, inner, auths string) []byte {
	a := ""
	if auths != "" {
		a = `"authorizations":` + auths + `,`
	}
	return fmt.Appendf(nil, `{"token":"ZZZZZZWSxiZZZ2yIvs3peJ","team_id":"T0001","context_team_id":"T0001","context_enterprise_id":null,"api_app_id":"A0001","event":%s,"type":"event_callback","event_id":"%s","event_time":1700000000,%s"is_ext_shared_channel":false,"event_context":"4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMDAwMSIsImFpZCI6IkEwMDAxIiwiY2lkIjoiQzEifQ"}`,
		inner, eventID, a)
}

// richText is the rich_text block Slack attaches to a typed message.
func richText(text string) string {
	return `[{"type":"rich_text","block_id":"Xk2Lm","elements":[{"type":"rich_text_section","elements":[{"type":"text","text":"` + text + `"},{"type":"user","user_id":"UBOT"},{"type":"text","text":" please"},{"type":"emoji","name":"pray","unicode":"1f64f"}]},{"type":"rich_text_list","style":"bullet","indent":0,"border":0,"elements":[{"type":"rich_text_section","elements":[{"type":"text","text":"one"}]},{"type":"rich_text_section","elements":[{"type":"link","url":"https://example.com/a?b=c","text":"two"}]}]}]}]`
}

// innerPayloads are inner events of the hot path (message and
// app_mention), by name.
var innerPayloads = []struct{ name, inner string }{
	{"channel message with blocks mentioning the bot", `{"client_msg_id":"5f2b0c9e-4d4a-4f4e-9b0a-3c3f1f2d9a11","type":"message","text":"hey <@UBOT> what is the status of the deploy?","user":"U1","ts":"1700000000.000100","blocks":` + richText("hey ") + `,"team":"T0001","channel":"C1","event_ts":"1700000000.000100","channel_type":"channel"}`},
	{"channel message, old-style mention", `{"client_msg_id":"a1","type":"message","text":"ping <@UBOT|bothost>","user":"U1","ts":"1700000000.000101","team":"T0001","channel":"C1","event_ts":"1700000000.000101","channel_type":"channel"}`},
	{"thread reply", `{"client_msg_id":"7c1d","type":"message","text":"sure, on it","user":"U2","ts":"1700000000.000200","blocks":` + richText("sure ") + `,"team":"T0001","thread_ts":"1700000000.000100","parent_user_id":"U1","channel":"C1","event_ts":"1700000000.000200","channel_type":"channel"}`},
	{"thread parent with replies", `{"type":"message","text":"parent","user":"U1","ts":"1700000000.000150","thread_ts":"1700000000.000150","reply_count":2,"channel":"C1","event_ts":"1700000000.000150","channel_type":"group"}`},
	{"direct message", `{"client_msg_id":"9e2f","type":"message","text":"help","user":"U1","ts":"1700000000.000300","blocks":` + richText("help ") + `,"team":"T0001","channel":"D024BE91L","event_ts":"1700000000.000300","channel_type":"im"}`},
	{"direct message without channel_type", `{"type":"message","text":"hi","user":"U1","ts":"1700000000.000301","channel":"D024BE91L","event_ts":"1700000000.000301"}`},
	{"group DM", `{"type":"message","text":"hi all","user":"U1","ts":"1700000000.000302","channel":"G1","event_ts":"1700000000.000302","channel_type":"mpim"}`},
	{"bot message from another bot", `{"type":"message","subtype":"bot_message","text":"Build #42 passed","ts":"1700000000.000400","username":"ci","bot_id":"B9","app_id":"A9","icons":{"image_48":"https://example.com/ci.png"},"attachments":[{"id":1,"color":"36a64f","fallback":"passed","text":"All green","fields":[{"title":"Branch","value":"main","short":true}]}],"bot_profile":{"id":"B9","app_id":"A9","name":"ci","icons":{"image_36":"https://example.com/36.png"},"deleted":false,"updated":1690000000,"team_id":"T0001"},"channel":"C1","event_ts":"1700000000.000400","channel_type":"channel"}`},
	{"bot app message with user and bot_id", `{"type":"message","text":"deployed v1.2","user":"U9","bot_id":"B9","app_id":"A9","ts":"1700000000.000401","blocks":[{"type":"section","block_id":"s1","text":{"type":"mrkdwn","text":"*deployed* v1.2","verbatim":false}},{"type":"divider","block_id":"d1"},{"type":"actions","block_id":"a1","elements":[{"type":"button","action_id":"rollback","text":{"type":"plain_text","text":"Roll back","emoji":true},"value":"v1.1","style":"danger"}]}],"team":"T0001","bot_profile":{"id":"B9","name":"deployer"},"channel":"C1","event_ts":"1700000000.000401","channel_type":"channel"}`},
	{"the bot's own message", `{"type":"message","text":"Here you go","user":"UBOT","bot_id":"BBOT","app_id":"A0001","ts":"1700000000.000402","blocks":` + richText("Here ") + `,"team":"T0001","bot_profile":{"id":"BBOT","name":"bothost"},"channel":"C1","event_ts":"1700000000.000402","channel_type":"channel"}`},
	{"the bot's own bot_message by bot id only", `{"type":"message","subtype":"bot_message","text":"tick","ts":"1700000000.000403","bot_id":"BBOT","channel":"C1","event_ts":"1700000000.000403","channel_type":"channel"}`},
	{"file share", `{"type":"message","subtype":"file_share","text":"see attached <@UBOT>","user":"U1","ts":"1700000000.000500","files":[{"id":"F1","created":1700000000,"timestamp":1700000000,"name":"log.txt","title":"log.txt","mimetype":"text/plain","filetype":"text","pretty_type":"Plain Text","user":"U1","editable":true,"size":1234,"mode":"snippet","is_external":false,"external_type":"","is_public":true,"public_url_shared":false,"display_as_bot":false,"username":"","url_private":"https://files.slack.com/files-pri/T0001-F1/log.txt","permalink":"https://example.slack.com/files/U1/F1/log.txt","lines":10}],"upload":false,"display_as_bot":false,"channel":"C1","event_ts":"1700000000.000500","channel_type":"channel"}`},
	{"thread broadcast with root", `{"type":"message","subtype":"thread_broadcast","text":"also in channel","user":"U2","ts":"1700000000.000600","thread_ts":"1700000000.000100","root":{"client_msg_id":"5f2b","type":"message","text":"hey","user":"U1","ts":"1700000000.000100","blocks":` + richText("hey ") + `,"thread_ts":"1700000000.000100","reply_count":3,"reply_users":["U2"],"latest_reply":"1700000000.000600"},"client_msg_id":"c9","channel":"C1","event_ts":"1700000000.000600","channel_type":"channel"}`},
	{"me_message", `{"type":"message","subtype":"me_message","text":"waves","user":"U1","ts":"1700000000.000700","channel":"C1","event_ts":"1700000000.000700","channel_type":"channel"}`},
	{"message_changed", `{"type":"message","subtype":"message_changed","message":{"client_msg_id":"5f2b","type":"message","text":"hey <@UBOT> status of the *prod* deploy?","user":"U1","team":"T0001","edited":{"user":"U1","ts":"1700000090.000000"},"blocks":` + richText("hey ") + `,"ts":"1700000000.000100","source_team":"T0001","user_team":"T0001"},"previous_message":{"client_msg_id":"5f2b","type":"message","text":"hey <@UBOT> status of the deploy?","user":"U1","ts":"1700000000.000100","team":"T0001","blocks":` + richText("hey ") + `},"channel":"C1","hidden":true,"ts":"1700000090.000200","event_ts":"1700000090.000200","channel_type":"channel"}`},
	{"message_changed in a thread without edited", `{"type":"message","subtype":"message_changed","message":{"type":"message","text":"fixed typo","user":"U2","ts":"1700000000.000200","thread_ts":"1700000000.000100"},"previous_message":{"type":"message","text":"fixd typo","user":"U2","ts":"1700000000.000200","thread_ts":"1700000000.000100"},"channel":"C1","hidden":true,"ts":"1700000095.000100","event_ts":"1700000095.000100","channel_type":"channel"}`},
	{"message_changed by a link unfurl", `{"type":"message","subtype":"message_changed","message":{"type":"message","text":"look https://example.com","user":"U1","ts":"1700000000.000800","attachments":[{"id":1,"from_url":"https://example.com","title":"Example","title_link":"https://example.com","text":"Example Domain","service_name":"example.com"}]},"previous_message":{"type":"message","text":"look https://example.com","user":"U1","ts":"1700000000.000800"},"channel":"C1","hidden":true,"ts":"1700000001.000100","event_ts":"1700000001.000100","channel_type":"channel"}`},
	{"message_changed of the bot's own message", `{"type":"message","subtype":"message_changed","message":{"type":"message","text":"Here you go (updated)","user":"UBOT","bot_id":"BBOT","ts":"1700000000.000402","edited":{"user":"UBOT","ts":"1700000100.000000"}},"previous_message":{"type":"message","text":"Here you go","user":"UBOT","bot_id":"BBOT","ts":"1700000000.000402"},"channel":"C1","hidden":true,"ts":"1700000100.000100","event_ts":"1700000100.000100","channel_type":"channel"}`},
	{"message_deleted", `{"type":"message","subtype":"message_deleted","hidden":true,"deleted_ts":"1700000000.000200","channel":"C1","previous_message":{"type":"message","text":"sure, on it","user":"U2","ts":"1700000000.000200","thread_ts":"1700000000.000100","blocks":` + richText("sure ") + `},"ts":"1700000200.000100","event_ts":"1700000200.000100","channel_type":"channel"}`},
	{"message_deleted without previous_message", `{"type":"message","subtype":"message_deleted","hidden":true,"deleted_ts":"1700000000.000300","channel":"D024BE91L","ts":"1700000201.000100","event_ts":"1700000201.000100","channel_type":"im"}`},
	{"channel_join", `{"type":"message","subtype":"channel_join","text":"<@U3> has joined the channel","user":"U3","ts":"1700000000.000900","channel":"C1","event_ts":"1700000000.000900","channel_type":"channel"}`},
	{"message without ts", `{"type":"message","text":"odd","user":"U1","channel":"C1","channel_type":"channel"}`},
	{"app_mention with blocks", `{"client_msg_id":"5f2b0c9e-4d4a-4f4e-9b0a-3c3f1f2d9a11","type":"app_mention","text":"<@UBOT> what is the status of the deploy?","user":"U1","ts":"1700000000.000100","blocks":` + richText("") + `,"team":"T0001","channel":"C1","event_ts":"1700000000.000100"}`},
	{"app_mention in a thread", `{"type":"app_mention","text":"<@UBOT> and here?","user":"U2","ts":"1700000000.000210","thread_ts":"1700000000.000100","team":"T0001","channel":"C1","event_ts":"1700000000.000210"}`},
	{"app_mention in a DM channel", `{"type":"app_mention","text":"<@UBOT> hi","user":"U2","ts":"1700000000.000310","team":"T0001","channel":"D024BE91L","event_ts":"1700000000.000310"}`},
	{"app_mention edited", `{"type":"app_mention","text":"<@UBOT> status of *prod*?","user":"U1","ts":"1700000000.000100","edited":{"user":"U1","ts":"1700000090.000000"},"team":"T0001","channel":"C1","event_ts":"1700000090.000200"}`},
	{"app_mention from another bot", `{"type":"app_mention","text":"<@UBOT> deploy done","user":"U9","bot_id":"B9","ts":"1700000000.000410","attachments":[{"id":1,"text":"details","color":"good"}],"files":[{"id":"F2","name":"report.pdf","mimetype":"application/pdf"}],"upload":false,"team":"T0001","channel":"C1","event_ts":"1700000000.000410"}`},
	{"app_mention by the bot itself", `{"type":"app_mention","text":"<@UBOT> note to self","user":"UBOT","bot_id":"BBOT","ts":"1700000000.000420","channel":"C1","event_ts":"1700000000.000420"}`},
}

// fallbackPayloads are Events API bodies the fast path must leave to
// slackevents.ParseEvent.
var fallbackPayloads = []struct{ name, body string }{
	{"url_verification", `{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`},
	{"app_rate_limited", `{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","type":"app_rate_limited","team_id":"T0001","minute_rate_limited":1518467820,"api_app_id":"A0001"}`},
	{"app_uninstalled", string(envelope("EvU1", `{"type":"app_uninstalled","event_ts":"1700000000.000100"}`, ""))},
	{"tokens_revoked", string(envelope("EvU2", `{"type":"tokens_revoked","tokens":{"oauth":["U1"],"bot":["UBOT"]},"event_ts":"1700000000.000100"}`, authorization))},
	{"reaction_added", string(envelope("EvR", `{"type":"reaction_added","user":"U1","reaction":"thumbsup","item_user":"U2","item":{"type":"message","channel":"C1","ts":"1700000000.000100"},"event_ts":"1700000000.000999"}`, authorization))},
	{"member_joined_channel", string(envelope("EvJ", `{"type":"member_joined_channel","user":"U3","channel":"C1","channel_type":"C","team":"T0001","inviter":"U1","event_ts":"1700000000.000998"}`, authorization))},
	{"type unknown to slack-go", string(envelope("EvX", `{"type":"brand_new_event_2031","x":1}`, authorization))},
	{"event null", string(envelope("EvN", `null`, authorization))},
	{"event missing", `{"token":"t","team_id":"T0001","type":"event_callback","event_id":"EvM","event_time":1700000000}`},
	{"inner type escaped", string(envelope("EvE", `{"type":"messag\u0065","text":"hi","user":"U1","ts":"1700000000.000100","channel":"C1"}`, authorization))},
	{"inner type key escaped", string(envelope("EvK", `{"typ\u0065":"message","text":"hi","user":"U1","ts":"1700000000.000100","channel":"C1"}`, authorization))},
	{"inner type not a string", string(envelope("EvT", `{"type":5,"text":"hi"}`, authorization))},
	{"inner message with a field of the wrong type", string(envelope("EvW", `{"type":"message","text":5,"user":"U1","ts":"1700000000.000100","channel":"C1"}`, authorization))},
	{"inner event not an object", string(envelope("EvO", `["message"]`, authorization))},
	{"outer field of the wrong type", `{"type":"event_callback","team_id":"T0001","event_time":"soon","event":{"type":"message","text":"hi","user":"U1","ts":"1700000000.000100","channel":"C1"}}`},
	{"not json", `{"type":"event_callback",`},
}

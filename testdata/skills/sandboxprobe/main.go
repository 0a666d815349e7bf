// Command sandboxprobe is a test skill that reports what the sandbox lets
// it see: files (read and write), environment variables and arguments.
// The sandbox tests send it commands and check the answers.
package main

import (
	"os"
	"strconv"
	"strings"

	skill "github.com/bothost/bothost/sdk/go"
)

func main() {}

func init() {
	skill.OnCommand(func(e *skill.Event) error {
		arg := e.Text()
		var out string
		switch e.Command() {
		case "/read":
			b, err := os.ReadFile(arg)
			if err != nil {
				out = "error: " + err.Error()
			} else {
				out = "ok: " + string(b)
			}
		case "/write":
			err := os.WriteFile(arg, []byte("x"), 0o644)
			if err != nil {
				out = "error: " + err.Error()
			} else {
				out = "ok"
			}
		case "/ls":
			ents, err := os.ReadDir(arg)
			if err != nil {
				out = "error: " + err.Error()
			} else {
				var names []string
				for _, d := range ents {
					names = append(names, d.Name())
				}
				out = "ok: " + strings.Join(names, ",")
			}
		case "/env":
			out = "env=" + strconv.Itoa(len(os.Environ())) + " args=" + strconv.Itoa(len(os.Args)) + " HOME=" + os.Getenv("HOME")
		default:
			out = "unknown probe"
		}
		return skill.ReplyText(out)
	})
}

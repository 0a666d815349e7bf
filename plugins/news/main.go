// Command news is the bot's news digest skill: feeds polled on a schedule,
// personal packages at each person's local delivery times, breaking news,
// a weekend edition, all set up through a dialogue defined as data. See
// README.md ("News skill") for editors.
//
// Built with TinyGo: encoding/xml, encoding/json and time zones (time/tzdata
// is embedded; WASI has no zoneinfo files) all work under TinyGo 0.41.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	_ "time/tzdata"

	skill "github.com/bothost/bothost/sdk/go"
)

// loaded is what OnInit read, once per instance: the config and the
// dialogue that was valid then. Handlers only read it; the dialogue is
// re-read from its file when it changes (see dialogue()).
type loaded struct {
	cfg      *Config
	dlg      *Dialogue
	topicIDs []string
	// badDialogue is the last invalid file content logged, so an invalid
	// edit is reported once, not at every event.
	badDialogue []byte
	// stored: dlg is known to be the KV copy.
	stored bool
}

var inst loaded

func init() {
	skill.OnInit(configure)
	skill.OnMessage(onMessage)
	skill.OnCommand(onCommand)
	skill.OnAction(onAction)
	skill.OnTimer(onTimer)
	skill.OnSchedule(func(e *skill.Event) error {
		slot := e.Slot()
		if slot.IsZero() {
			slot = skill.Now()
		}
		return tick(inst.cfg, slot)
	})
}

// configure checks the config and the dialogue file. A broken config is
// refused (the host keeps the previous version serving). A broken dialogue
// file is refused too, unless an earlier good copy is in KV: then that one
// keeps serving and the error is logged, so that editing the file badly
// never takes the skill down.
func configure(config []byte) error {
	c, err := parseConfig(config)
	if err != nil {
		return err
	}
	inst.cfg = c
	inst.topicIDs = nil
	for _, t := range c.Topics {
		inst.topicIDs = append(inst.topicIDs, t.ID)
	}
	d, err := readDialogueFile(c, inst.topicIDs)
	if err != nil {
		good, gerr := skill.KVGet("dlg/good")
		if gerr != nil {
			return fmt.Errorf("%w (and no earlier good dialogue to fall back on)", err)
		}
		prev, perr := parseDialogue(good, inst.topicIDs)
		if perr != nil {
			return fmt.Errorf("%w (and the stored one no longer fits the config: %v)", err, perr)
		}
		skill.Error(fmt.Sprintf("dialogue file %s refused, the previous dialogue keeps serving: %v", c.Dialogue, err))
		inst.dlg = prev
		return nil
	}
	inst.dlg = d
	inst.stored = false
	rememberDialogue(d) // best effort: KV may not be reachable at init
	return nil
}

func readDialogueFile(c *Config, topicIDs []string) (*Dialogue, error) {
	b, err := os.ReadFile(c.Dialogue)
	if err != nil {
		return nil, fmt.Errorf("dialogue file: %w", err)
	}
	d, err := parseDialogue(b, topicIDs)
	if err != nil {
		return nil, fmt.Errorf("dialogue file %s: %w", c.Dialogue, err)
	}
	return d, nil
}

// dialogue returns the dialogue to use now: the file if it changed and
// validates (remembered in KV as the last good one), else the one in use.
// An invalid edit is logged once per instance and per content.
func dialogue() *Dialogue {
	b, err := os.ReadFile(inst.cfg.Dialogue)
	if err != nil || (inst.dlg != nil && bytes.Equal(b, inst.dlg.raw)) {
		if err == nil {
			rememberDialogue(inst.dlg)
		}
		return inst.dlg
	}
	d, err := parseDialogue(b, inst.topicIDs)
	if err != nil {
		if !bytes.Equal(b, inst.badDialogue) {
			inst.badDialogue = b
			skill.Error(fmt.Sprintf("dialogue file %s refused, the previous dialogue keeps serving: %v", inst.cfg.Dialogue, err))
		}
		return inst.dlg
	}
	inst.dlg = d
	inst.stored = false
	rememberDialogue(d)
	return d
}

// rememberDialogue keeps d in KV as the last good dialogue (written only
// when it differs).
func rememberDialogue(d *Dialogue) {
	if d == nil || inst.stored {
		return
	}
	cur, err := skill.KVGet("dlg/good")
	if err == nil && bytes.Equal(cur, d.raw) {
		inst.stored = true
		return
	}
	if err != nil && !errors.Is(err, skill.ErrNotFound) {
		return
	}
	if err := skill.KVSet("dlg/good", d.raw, 0); err == nil {
		inst.stored = true
	}
}

func onTimer(e *skill.Event) error {
	name := e.Name()
	switch {
	case strings.HasPrefix(name, "pk/"):
		return onDeliveryTimer(inst.cfg, name, e.Payload())
	case strings.HasPrefix(name, "br/"):
		return onBreakingTimer(inst.cfg, name, e.Payload())
	}
	return nil
}

func main() {}

package skill

import (
	"encoding/json"
	"testing"
)

func TestConfigString(t *testing.T) {
	for _, tc := range []struct {
		config, key, value string
		ok, err            bool
	}{
		{`{}`, "prefix", "", false, false},
		{` { "prefix" : "> " } `, "prefix", "> ", true, false},
		{`{"prefix":""}`, "prefix", "", true, false},
		{`{"prefix":null}`, "prefix", "", false, false},
		{`{"a":{"prefix":"no"},"b":[1,-2.5e3,true,false,null,"x",{}],"prefix":"yes"}`, "prefix", "yes", true, false},
		{`{"prefix":"a\"b\\c\/d\n\t\u00e9\ud83d\ude00"}`, "prefix", "a\"b\\c/d\n\té😀", true, false},
		{`{"prefix":"lone \ud83d!"}`, "prefix", "lone \uFFFD!", true, false},
		{`{"pre\u0066ix":"escaped key"}`, "prefix", "escaped key", true, false},
		{`{"prefix":"one","prefix":"two"}`, "prefix", "two", true, false},
		{`{"prefix":1}`, "prefix", "", false, true},
		{`{"prefix":"x"`, "prefix", "", false, true},
		{`{"prefix":"x"} x`, "prefix", "", false, true},
		{`[]`, "prefix", "", false, true},
		{``, "prefix", "", false, true},
		{`{"prefix":"bad \q"}`, "prefix", "", false, true},
		{"{\"prefix\":\"ctl \x01\"}", "prefix", "", false, true},
	} {
		v, ok, err := ConfigString([]byte(tc.config), tc.key)
		if v != tc.value || ok != tc.ok || (err != nil) != tc.err {
			t.Errorf("ConfigString(%s, %q) = %q, %v, %v; want %q, %v, err %v", tc.config, tc.key, v, ok, err, tc.value, tc.ok, tc.err)
		}
	}
}

// FuzzConfigString checks ConfigString against encoding/json on valid JSON.
func FuzzConfigString(f *testing.F) {
	for _, s := range []string{`{}`, `{"prefix":"x"}`, `{"a":[1,{"b":null}],"prefix":"\u00e9\ud83d\ude00"}`, `{"prefix":"\ud800\u0041"}`, `[1]`, `"s"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, config []byte) {
		v, ok, err := ConfigString(config, "prefix")
		if !json.Valid(config) {
			return // ConfigString is more lenient (numbers); only no panics here
		}
		var m map[string]json.RawMessage
		if json.Unmarshal(config, &m) != nil {
			if err == nil {
				t.Fatalf("ConfigString accepted non-object %q", config)
			}
			return
		}
		raw, present := m["prefix"]
		if !present || string(raw) == "null" {
			if ok || err != nil {
				t.Fatalf("%q: got %q %v %v, want absent", config, v, ok, err)
			}
			return
		}
		var want string
		if json.Unmarshal(raw, &want) != nil {
			if err == nil {
				t.Fatalf("%q: accepted non-string %s", config, raw)
			}
			return
		}
		if !ok || err != nil || v != want {
			t.Fatalf("%q: got %q %v %v, want %q", config, v, ok, err, want)
		}
	})
}

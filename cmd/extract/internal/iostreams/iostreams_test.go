package iostreams

import "testing"

func TestColorWanted(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		tty  bool
		want bool
	}{
		{nil, true, true},
		{nil, false, false},
		{map[string]string{"NO_COLOR": "1"}, true, false},
		{map[string]string{"TERM": "dumb"}, true, false},
		{map[string]string{"FORCE_COLOR": "1"}, false, true},
		{map[string]string{"FORCE_COLOR": "1", "NO_COLOR": "1"}, false, true},
	} {
		getenv := func(k string) string { return tc.env[k] }
		if got := colorWanted(getenv, tc.tty); got != tc.want {
			t.Errorf("colorWanted(%v, tty=%v) = %v, want %v", tc.env, tc.tty, got, tc.want)
		}
	}
}

func TestTestStreams(t *testing.T) {
	s, in, out, errOut := Test()
	in.WriteString("page")
	s.Out.Write([]byte("article"))
	s.ErrOut.Write([]byte("warning"))
	if out.String() != "article" || errOut.String() != "warning" {
		t.Errorf("buffers not wired: out %q, err %q", out, errOut)
	}
	if s.IsStdinTTY() || s.IsStdoutTTY() || s.IsStderrTTY() || s.ColorEnabled() {
		t.Error("test streams must not claim a terminal or colour")
	}
	s.SetTTY(true, false, true)
	if !s.IsStdinTTY() || s.IsStdoutTTY() || !s.IsStderrTTY() {
		t.Error("SetTTY did not take")
	}
}

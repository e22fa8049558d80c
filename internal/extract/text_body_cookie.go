package extract

import "strings"

// A cookie dialog printed as text: its title and buttons are known by
// flag, but its long explanations ("We respect it if you decline ...",
// "These cookies collect information ...") read as prose, and a dialog
// of a few of them outweighs a short article. A line that speaks of
// cookies next to a cookie line flag knew is the dialog's too.

// textCookieGap is how far from the dialog's last line the next one may
// stand.
const textCookieGap = 3

// textCookieDialogs marks the lines that speak of cookies beside a
// cookie banner line as chrome.
func textCookieDialogs(lines []tLine) {
	last := -textCookieGap - 1
	for i := range lines {
		l := &lines[i]
		near := i-last <= textCookieGap
		if !near && !l.boiler || !textSaysCookie(l.text) {
			continue
		}
		switch {
		case !l.boiler:
			l.boiler = true
			last = i
		case near || textLineMatcher().scan(textForMatch(l), textGroupConsent) != 0:
			// The banner itself asks for consent; a menu item or a
			// recipe's title that names cookies does not.
			last = i
		}
	}
}

// textSaysCookie reports whether s holds the word "cookie" in any case.
func textSaysCookie(s string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], "ookie")
		if j < 0 {
			return false
		}
		j += k
		if j > 0 && (s[j-1] == 'c' || s[j-1] == 'C') {
			return true
		}
		k = j + len("ookie")
	}
}

package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// The lead filter in front of commentHead may only turn away texts the
// expression rejects: texts built from its words, cut, re-cased and
// joined, must get the expression's answer.
func TestHTMLCommentHeadLeadFilter(t *testing.T) {
	parts := []string{"comments", "Comment", "REPLIES", "reactions", "trackback pings", "leave a comment",
		"leave a reply", "post a comment", "join the discussion", "kommentare", "commentaires", "commenti",
		"комментарии", "评论", "留言", "コメント", "댓글", "thoughts on", "responses to", "replies to",
		"12", "3 ", " ", "(4)", ":", "the", "a", "\u212A", "İ", "é", "x", "Réactions", "discussion"}
	r := rand.New(rand.NewSource(11))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := 1 + r.Intn(4); j > 0; j-- {
			p := parts[r.Intn(len(parts))]
			if r.Intn(3) == 0 {
				p = p[:r.Intn(len(p)+1)]
			}
			if r.Intn(4) == 0 {
				p = strings.ToUpper(p)
			}
			b.WriteString(p)
			if r.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if got, want := isCommentHead(s), commentHead.MatchString(s); got != want {
			t.Fatalf("isCommentHead(%q) = %v, expression says %v", s, got, want)
		}
	}
}

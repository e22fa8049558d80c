package extract

import "testing"

// isCommentHead gates commentHead on the first byte; it must answer as
// the expression does.
func TestHTMLCommentHeadGate(t *testing.T) {
	for _, s := range []string{
		"Comments", "comments (12)", "12 Comments", "3 thoughts on “A post”",
		"Leave a Reply", "Join the discussion", "Kommentare", "Réactions",
		"réactions", "Комментарии", "评论", "コメント", "댓글", "\u212Aommentare",
		"Discussion:", "Trackbacks", "Add your comment", "Post a comment",
		" Comments", "No comments", "Share", "", "Related", "Reader comments",
		"Responses", "Replies", "Kommentieren", "Comentarios", "Reacties",
	} {
		if got, want := isCommentHead(s), commentHead.MatchString(s); got != want {
			t.Errorf("isCommentHead(%q) = %v, expression says %v", s, got, want)
		}
	}
	if !isCommentHead("12 Comments") || isCommentHead("Share this") {
		t.Errorf("gate reads a comment heading wrong")
	}
}

package extract

import (
	"strings"
	"testing"
)

// The rows of a table between two paragraphs of the run, one block of
// short lines with numbers, are the body's; a block of plain short
// phrases there (a menu, a list of links) stays out.
func TestTextBridgeBlocks(t *testing.T) {
	rows := []string{"Loan Term Rate Monthly", "5,000 € 36 months 2.0 % 143.17 €", "10,000 € 36 months 2.0 % 286.35 €",
		"20,000 € 48 months 2.4 % 437.60 €", "30,000 € 60 months 2.9 % 537.70 €", "40,000 € 72 months 3.1 % 610.45 €"}
	links := []string{"Home and garden", "Cars and travel", "Money and work", "Health and sport", "Food and drink", "Books and film"}
	for _, tc := range []struct {
		block []string
		want  bool
	}{{rows, true}, {links, false}} {
		page := strings.Join(append(append([]string{"Home", "Loans", "Contact", "",
			"What a loan costs", "3 May 2023", "",
			"Banks have raised their rates twice this year, and borrowers who took a loan last spring now pay noticeably more each month than they did when they signed.", "",
			"The interest you pay on a loan depends first of all on how much you borrow and for how long, and the table below shows what three common loans cost at today's rates.", ""},
			tc.block...),
			"",
			"If you agree with your bank on a longer time to pay back the loan, the monthly rate falls, but the interest you pay over the whole term grows, often by more than people expect.", "",
			"Before you sign, compare the effective annual rate of several offers, since it includes the fees that the nominal rate leaves out.", "",
			"Share", "Print"), "\n")
		body := textBodyOf(t, page)
		if !strings.Contains(body, "The interest you pay") || !strings.Contains(body, "Before you sign") {
			t.Errorf("article missing:\n%s", body)
		}
		if got := strings.Contains(body, tc.block[2]); got != tc.want {
			t.Errorf("block %q in body = %v, want %v:\n%s", tc.block[2], got, tc.want, body)
		}
	}
}

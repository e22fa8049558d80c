package extract

import "testing"

func TestHeaderDate(t *testing.T) {
	head := "Rivers rise in the valley"
	cases := []struct {
		name   string
		cands  []candidate
		blocks []block
		want   string
	}{
		{"after headline", []candidate{{field: fieldDek, origin: originVisible, pos: 0, value: `"Rivers rise in the valley" 25. Januar 2022 (ABC) Town The water came.`}}, nil, "2022-01-25"},
		{"teaser before headline", []candidate{{field: fieldDek, origin: originVisible, pos: 9, value: "10.11.2021 Rivers rise in the valley More words"}}, nil, "2021-11-10"},
		{"teaser with a kicker between date and headline", []candidate{{field: fieldDek, origin: originVisible, pos: 0, value: "Foto: Jane Doe 02.02.2022 Weather Rivers rise in the valley More words"}}, nil, "2022-02-02"},
		{"two words between date and headline are a sentence", []candidate{{field: fieldDek, origin: originVisible, pos: 0, value: "On 02.02.2022 we wrote Rivers rise in the valley"}}, nil, ""},
		{"date far from headline", []candidate{{field: fieldDek, origin: originVisible, pos: 0, value: "Rivers rise in the valley and the town met on 3 March 2020 to talk"}}, nil, ""},
		{"metadata is not shown", []candidate{{field: fieldDek, origin: originMeta, pos: -1, value: "Rivers rise in the valley 3 March 2020"}}, nil, ""},
		{"opening header", nil, []block{{kind: "p", text: "Press release of 25 January 2022 | Town – The water came."}}, "2022-01-25"},
		{"opening date in brackets", nil, []block{{kind: "p", text: "(21. November 2022) Prices rose again for the third time."}}, "2022-11-21"},
		{"place and a date in brackets", nil, []block{{kind: "p", text: "Town, (12.11.2021). Prices rose again."}}, "2021-11-12"},
		{"a bracket closed after more than the date", nil, []block{{kind: "p", text: "(21. November 2022 in Town) Prices rose again."}}, ""},
		{"date in a sentence", nil, []block{{kind: "p", text: "On 25 January 2022 the water came over the wall."}}, ""},
		{"an item of the first blocks opening with its date", nil, []block{{kind: "p", text: "The water came."}, {kind: "h", text: "Rain again"}, {kind: "p", text: "01.02.2022 „The river is high“, said the mayor."}}, "2022-02-01"},
		{"fourth block is not read", nil, []block{{kind: "p", text: "The water came."}, {kind: "p", text: "It rained."}, {kind: "p", text: "It rained more."}, {kind: "p", text: "25 January 2022 | Town"}}, ""},
		{"a labelled publication date", nil, []block{{kind: "p", text: "Veröffentlichung: 04.02.2022\nLabel: House of Songs"}}, "2022-02-04"},
		{"a label for another date", nil, []block{{kind: "p", text: "Konzert: 04.02.2022\nOrt: Halle"}}, ""},
	}
	for _, tc := range cases {
		if got := headerDate(newCands(tc.cands), head, tc.blocks); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestShownPublished checks that a shown date the page marks as something
// else gives way to the publication date shown beside it.
func TestShownPublished(t *testing.T) {
	head := candidate{field: fieldHeadline, origin: originVisible, pos: 0, value: "Results: Town relay, 19.5.2007"}
	cases := []struct {
		name  string
		cands []candidate
		want  string
	}{
		{"the update printed first, the publication marked as another day", []candidate{
			{field: fieldPublished, origin: originVisible, pos: 0, value: "29. Dezember 2022"},
			{field: fieldModified, origin: originMarkup, pos: 0, value: "2022-12-29T15:36:19+01:00"},
			{field: fieldModified, origin: originVisible, pos: 0, value: "29. Dezember 2022"},
			{field: fieldPublished, origin: originMarkup, pos: 0, value: "2022-12-30T07:00:40+01:00"},
			{field: fieldPublished, origin: originVisible, pos: 0, value: "30. Dezember 2022"},
		}, "2022-12-30"},
		{"an update on the day the page marks as its publication stays", []candidate{
			{field: fieldPublished, origin: originVisible, pos: 0, value: "19.11.2021"},
			{field: fieldPublished, origin: originVisible, pos: 0, value: "18.11.2021"},
			{field: fieldModified, origin: originVisible, pos: 0, value: "19.11.2021"},
			{field: fieldPublished, origin: originMarkup, pos: 0, value: "2021-11-19T10:13:50+01:00"},
		}, "2021-11-19"},
		{"a machine time the printed date and the metadata outvote", []candidate{
			{field: fieldPublished, origin: originOpenGraph, pos: -1, value: "2021-10-28T13:21:30+01:00"},
			{field: fieldPublished, origin: originMicrodata, pos: 0, value: "2021-10-27T20:35:36+01:00"},
			{field: fieldPublished, origin: originVisible, pos: 0, value: "2021-10-27T20:35:36+01:00"},
			{field: fieldPublished, origin: originVisible, pos: 0, value: "28.10.2021"},
		}, "2021-10-28"},
		{"a machine time the metadata gives too stays", []candidate{
			{field: fieldPublished, origin: originOpenGraph, pos: -1, value: "2021-10-27T20:35:36+01:00"},
			{field: fieldPublished, origin: originOpenGraph, pos: -1, value: "2021-10-28T13:21:30+01:00"},
			{field: fieldPublished, origin: originMicrodata, pos: 0, value: "2021-10-27T20:35:36+01:00"},
			{field: fieldPublished, origin: originVisible, pos: 0, value: "28.10.2021"},
		}, "2021-10-27"},
		{"a date closing the standfirst", []candidate{
			{field: fieldPublished, origin: originJSONLD, pos: -1, value: "2020-01-03T09:48:24Z"},
			{field: fieldModified, origin: originJSONLD, pos: -1, value: "2020-01-06T09:22:36Z"},
			{field: fieldDek, origin: originVisible, pos: 0, value: "The island makes a quick comeback. What is the secret to its recovery?Monday, 6 January 2020"},
		}, "2020-01-06"},
		{"a standfirst that speaks of a date in its sentence", []candidate{
			{field: fieldPublished, origin: originJSONLD, pos: -1, value: "2020-01-03T09:48:24Z"},
			{field: fieldModified, origin: originJSONLD, pos: -1, value: "2020-01-06T09:22:36Z"},
			{field: fieldDek, origin: originVisible, pos: 0, value: "The island made a comeback on 6 January 2020 after the goats had gone, and more words follow here"},
		}, "2020-01-03"},
		{"a standfirst sentence ending with a date", []candidate{
			{field: fieldPublished, origin: originJSONLD, pos: -1, value: "2020-01-03T09:48:24Z"},
			{field: fieldModified, origin: originJSONLD, pos: -1, value: "2020-01-06T09:22:36Z"},
			{field: fieldDek, origin: originVisible, pos: 0, value: "The island council met for the last time on 6 January 2020."},
		}, "2020-01-03"},
		{"the headline's own date is the event's", []candidate{
			head,
			{field: fieldPublished, origin: originVisible, pos: 0, value: "19.5.2007"},
			{field: fieldPublished, origin: originVisible, pos: 0, value: "20. Mai 2007"},
		}, "2007-05-20"},
		{"the headline's date alone still dates the page", []candidate{
			head,
			{field: fieldPublished, origin: originVisible, pos: 0, value: "19.5.2007"},
		}, "2007-05-19"},
	}
	for _, tc := range cases {
		got, _ := chooseTimes(newCands(tc.cands))
		if len(got) < 10 || got[:10] != tc.want {
			t.Errorf("%s: got %q, want %s", tc.name, got, tc.want)
		}
	}
}

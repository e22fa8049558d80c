package model

import (
	"crypto/sha256"
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"
)

// Archive finds what only shows across pages: the same body twice, nearly
// the same body (word 5-gram shingles compared by MinHash), and the same
// fetched URL with two different bodies (a WARC crawled twice).
//
// It keeps a fixed amount per page and never the bodies: a path, a 16-byte
// hash, a 60-value MinHash signature and its band keys, about 600 bytes, so
// 100,000 pages cost some 60 MB whatever their size. Findings name the
// earlier page, so Add must be called in input order; an Archive is not
// safe for concurrent use.
type Archive struct {
	r     Rules
	paths []string
	exact map[[16]byte]int32
	// sigs holds minhashK values per page that has a signature; sigPage
	// maps a signature back to its page.
	sigs    []uint32
	sigPage []int32
	// LSH buckets as chains: head[key] is the newest signature with that
	// band key, next[sig*bands+band] the one before it.
	head map[uint64]int32
	next []int32
	urls map[string]urlSeen
}

type urlSeen struct {
	hash [16]byte
	page int32
	sig  int32 // -1 when the page had no signature
}

const (
	minhashBands = 10
	minhashRows  = 6
	minhashK     = minhashBands * minhashRows
	shingleSize  = 5
	// minDupWords: shorter bodies are left to min-words; two "Access
	// denied" pages say nothing about a scraper's duplicates.
	minDupWords = 20
	// maxChain bounds the candidates looked at per band, so that a
	// thousand copies of one template cannot make Add quadratic.
	maxChain = 64
)

// NewArchive returns an empty Archive checking with r.
func NewArchive(r Rules) *Archive {
	return &Archive{
		r:     r.resolved(),
		exact: map[[16]byte]int32{},
		head:  map[uint64]int32{},
		urls:  map[string]urlSeen{},
	}
}

// Add records one page and returns its archive findings. path names the
// page in messages; fetchURL is the URL the page was fetched from (a WARC
// record's target URI), empty when unknown: the canonical url field of an
// Article is not used, since many pages of a site share one.
func (x *Archive) Add(path, fetchURL string, a *Article) []Finding {
	f := &findings{r: &x.r}
	page := int32(len(x.paths))
	x.paths = append(x.paths, path)
	if a == nil {
		return nil
	}
	body := bodyText(a)
	tokens := shingleTokens(body)
	hash := sha256.Sum256([]byte(strings.Join(tokens, " ")))
	var h16 [16]byte
	copy(h16[:], hash[:])

	words := len(tokens)
	sig := int32(-1)
	var mine []uint32
	if words >= minDupWords {
		mine = minhash(tokens)
		sig = int32(len(x.sigPage))
	}

	dup := false
	if words >= minDupWords {
		if prev, ok := x.exact[h16]; ok {
			dup = true
			f.add(RuleDuplicateBody, "paragraphs", 0, "body is the same as that of %s", x.paths[prev])
		} else {
			x.exact[h16] = page
		}
		if best, sim := x.nearest(mine); !dup && best >= 0 && sim >= x.r.NearDuplicate {
			f.add(RuleNearDuplicateBody, "paragraphs", 0, "body is about %.0f%% the same as that of %s", sim*100, x.paths[best])
		}
		x.index(mine, page)
	}

	if u := normalizeFetchURL(fetchURL); u != "" {
		if prev, ok := x.urls[u]; ok && prev.hash != h16 {
			msg := fmt.Sprintf("URL %s was fetched earlier with a different body (%s)", fetchURL, x.paths[prev.page])
			if prev.sig >= 0 && sig >= 0 {
				msg += fmt.Sprintf(", about %.0f%% the same", 100*jaccard(x.sigAt(prev.sig), mine))
			}
			f.add(RuleWARCURLConflict, "url", 0, "%s", msg)
		} else if !ok {
			x.urls[u] = urlSeen{hash: h16, page: page, sig: sig}
		}
	}
	return f.out
}

func (x *Archive) sigAt(i int32) []uint32 {
	return x.sigs[int(i)*minhashK : int(i+1)*minhashK]
}

// nearest returns the earlier page whose signature is most like sig and
// the estimated Jaccard similarity, or -1.
func (x *Archive) nearest(sig []uint32) (int32, float64) {
	if sig == nil {
		return -1, 0
	}
	best, bestSim := int32(-1), 0.0
	seen := map[int32]bool{}
	for b := 0; b < minhashBands; b++ {
		n := 0
		for s, ok := x.head[bandKey(sig, b)]; ok && s >= 0 && n < maxChain; s, n = x.next[int(s)*minhashBands+b], n+1 {
			if seen[s] {
				continue
			}
			seen[s] = true
			// On a tie the earliest page wins: it is the original.
			if sim := jaccard(x.sigAt(s), sig); sim > bestSim || sim == bestSim && x.sigPage[s] < best {
				best, bestSim = x.sigPage[s], sim
			}
		}
	}
	return best, bestSim
}

func (x *Archive) index(sig []uint32, page int32) {
	s := int32(len(x.sigPage))
	x.sigPage = append(x.sigPage, page)
	x.sigs = append(x.sigs, sig...)
	for b := 0; b < minhashBands; b++ {
		k := bandKey(sig, b)
		prev, ok := x.head[k]
		if !ok {
			prev = -1
		}
		x.next = append(x.next, prev)
		x.head[k] = s
	}
}

func bandKey(sig []uint32, band int) uint64 {
	h := uint64(band+1) * 0x9E3779B97F4A7C15
	for _, v := range sig[band*minhashRows : (band+1)*minhashRows] {
		h = mix64(h ^ uint64(v))
	}
	return h
}

func jaccard(a, b []uint32) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// bodyText joins the body paragraphs.
func bodyText(a *Article) string {
	return strings.Join(a.Paragraphs, "\n")
}

// shingleTokens splits a body into folded words, each CJK character a word.
func shingleTokens(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, c := range strings.ToLower(s) {
		switch {
		case isCJK(c):
			flush()
			out = append(out, string(c))
		case unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c):
			cur.WriteRune(c)
		default:
			flush()
		}
	}
	flush()
	return out
}

// minhash returns the MinHash signature of the token 5-gram set.
func minhash(tokens []string) []uint32 {
	sig := make([]uint32, minhashK)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	n := len(tokens) - shingleSize + 1
	if n < 1 {
		n = 1
	}
	h := fnv.New64a()
	for i := 0; i < n; i++ {
		h.Reset()
		for _, t := range tokens[i:min(i+shingleSize, len(tokens))] {
			h.Write([]byte(t))
			h.Write([]byte{0})
		}
		base := h.Sum64()
		for k := range sig {
			if v := uint32(mix64(base^minhashSeeds[k]) >> 32); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

var minhashSeeds = func() [minhashK]uint64 {
	var s [minhashK]uint64
	x := uint64(0x2545F4914F6CDD1D)
	for i := range s {
		x = mix64(x + 0x9E3779B97F4A7C15)
		s[i] = x
	}
	return s
}()

// mix64 is the SplitMix64 finaliser: a cheap, well-spread 64-bit hash.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// normalizeFetchURL drops the fragment and surrounding space; the rest of
// a URL is significant.
func normalizeFetchURL(u string) string {
	u = strings.TrimSpace(u)
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	return u
}

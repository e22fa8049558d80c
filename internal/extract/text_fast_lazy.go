package extract

import (
	"sync"
	"sync/atomic"
)

// textLazy holds a table built on first use, as sync.OnceValue does, for
// the getters the text path calls for every line or word: a getter made
// by sync.OnceValue is a call through a function value into Once.Do,
// where get's fast path, one load and a test, is inlined into the getter
// and the getter into its caller.
type textLazy[T any] struct {
	p    atomic.Pointer[T]
	once sync.Once
}

// get returns the table, built by build on the first call.
func (l *textLazy[T]) get(build func() *T) *T {
	if p := l.p.Load(); p != nil {
		return p
	}
	return l.slow(build)
}

func (l *textLazy[T]) slow(build func() *T) *T {
	l.once.Do(func() { l.p.Store(build()) })
	return l.p.Load()
}

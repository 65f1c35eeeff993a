package calc

import (
	"os"
	"testing"
	"time"
)

func TestAdd(t *testing.T) {
	if 1+2 != 3 {
		t.Fatal("math")
	}
}

func TestSlow(t *testing.T) { time.Sleep(300 * time.Millisecond) }

// Flaky on purpose: fails on run 2 unless rerun, as a race that loses sometimes would.
func TestFlaky(t *testing.T) {
	if os.Getenv("SHARDPROOF_RUN") == "2" && os.Getenv("SHARDPROOF_RERUN") == "" {
		t.Fatal("cold cache on run 2")
	}
}

// Broken on purpose: the subtest "two" always fails, so its parent does too.
func TestTable(t *testing.T) {
	for _, name := range []string{"one", "two"} {
		t.Run(name, func(t *testing.T) {
			if name == "two" {
				t.Error("two is broken")
			}
		})
	}
}

package text

import "testing"

func TestUpper(t *testing.T) {}

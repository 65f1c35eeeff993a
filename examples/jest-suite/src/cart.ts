import { formatPrice } from './money';

export interface Line {
  sku: string;
  cents: number;
  quantity: number;
}

export class Cart {
  private readonly lines: Line[] = [];

  add(line: Line): this {
    this.lines.push(line);
    return this;
  }

  get total(): number {
    return this.lines.reduce((sum, l) => sum + l.cents * l.quantity, 0);
  }

  describe(): string {
    return `${this.lines.length} lines, ${formatPrice(this.total)}`;
  }
}

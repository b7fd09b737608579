/*
 * Draws the portfolio's Apache ECharts charts from options the server sends as JSON. The few things JSON cannot
 * carry (bubble sizes, tooltips of the value map, clicks that open an idea) are added here.
 */
window.fruitionCharts = window.fruitionCharts || {
  render(el, optionJson, clickable) {
    const draw = () => {
      if (!window.echarts) {
        setTimeout(draw, 50);
        return;
      }
      const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, { renderer: 'svg' });
      const option = JSON.parse(optionJson);
      (option.series || []).forEach((series) => {
        if (series.bubbleMax) {
          const max = series.bubbleMax;
          series.symbolSize = (value) => 8 + 40 * Math.sqrt(Math.max(0, value[2]) / max);
          delete series.bubbleMax;
        }
      });
      if (option.bubbleTooltip) {
        const currency = option.bubbleTooltip;
        const esc = (s) => String(s).replace(/[&<>"']/g,
          (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
        const money = (n) => Math.round(n).toLocaleString('en-GB') + ' ' + currency;
        option.tooltip = {
          formatter: (p) => `<b>${esc(p.data.number)}</b> ${esc(p.data.title)}<br>${esc(p.seriesName)}<br>`
            + `Customer: ${money(p.value[0])} a year<br>Supplier: ${money(p.value[1])} a year<br>`
            + `One-off cost: ${money(p.value[2])}`
        };
        delete option.bubbleTooltip;
      }
      chart.setOption(option, true);
      if (clickable && !el.fruitionClick) {
        el.fruitionClick = true;
        chart.on('click', (p) => {
          if (p.data && p.data.number && el.$server) {
            el.$server.openIdea(p.data.number);
          }
        });
      }
      if (!el.fruitionResize) {
        el.fruitionResize = new ResizeObserver(() => chart.resize());
        el.fruitionResize.observe(el);
      }
    };
    draw();
  }
};

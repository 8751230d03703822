package vn.motcua.supervision;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The province view (supervisors only, see {@link SupervisionSecurity}): every commune and agency
 * side by side for the period, procedure and commune asked for, and its exports.
 */
@Controller
@RequestMapping("/supervision")
class ProvinceController {

    private final ProvinceService province;
    private final FilterForm form;

    ProvinceController(ProvinceService province, FilterForm form) {
        this.province = province;
        this.form = form;
    }

    @GetMapping("/province")
    String page(FilterParams params, Authentication authentication, Model model) {
        KpiFilter filter = form.read(params).everywhere();
        ProvinceView view = province.province(filter);
        form.show(model, Viewer.of(authentication), filter);
        model.addAttribute("p", view);
        model.addAttribute("procedures", view.procedures());
        return "supervision/province";
    }

    @GetMapping("/province.xlsx")
    ResponseEntity<byte[]> xlsx(FilterParams params) {
        ProvinceView view = province.province(form.read(params));
        return SupervisionController.download(Exports.xlsx(ProvinceTables.of(view)), SupervisionController.XLSX,
                SupervisionController.name("toan-tinh", view.filter(), "xlsx"));
    }

    @GetMapping("/province.csv")
    ResponseEntity<byte[]> csv(FilterParams params) {
        ProvinceView view = province.province(form.read(params));
        return SupervisionController.download(Exports.csv(ProvinceTables.communes(view)), SupervisionController.CSV,
                SupervisionController.name("toan-tinh-theo-xa", view.filter(), "csv"));
    }
}

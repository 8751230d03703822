package vn.motcua.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency this deployment serves.
 *
 * @param code the agency's identifier code (TT 10/2016/TT-BTTTT), the prefix of every file code
 * @param name the agency's name as printed on papers
 * @param place the place name in the date line ("Long Thành, ngày ...")
 */
@ConfigurationProperties("motcua.agency")
public record AgencyProperties(String code, String name, String place) {
}

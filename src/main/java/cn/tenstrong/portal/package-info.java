/** 门户: the login page, the page layout with its navigation, and the home page with the programme's figures. */
@org.springframework.modulith.ApplicationModule(displayName = "门户")
package cn.tenstrong.portal;
